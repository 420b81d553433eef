#!/usr/bin/env bash
# Makes the certificates the TLS tests serve and trust. They are test fixtures,
# committed so the tests need no openssl at run time; run this again to renew
# them (the long-lived ones last until 2125). Nothing here guards anything real.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

days=36500
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days $days \
  -subj "/O=Batch Console tests/CN=Batch Console Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl genrsa -out server.key 2048 2>/dev/null
openssl genrsa -out client.key 2048 2>/dev/null

# sign NAME SUBJECT SAN STARTDATE ENDDATE: a leaf certificate from the test CA.
sign() {
  local name=$1 subject=$2 san=$3 start=$4 end=$5 key=${6:-server.key}
  openssl req -new -key "$key" -subj "$subject" -out "$work/$name.csr" 2>/dev/null
  mkdir -p "$work/db" && : > "$work/db/index" && echo 01 > "$work/db/serial"
  cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/db/index
serial = $work/db/serial
new_certs_dir = $work
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = leaf
unique_subject = no
[any]
commonName = supplied
organizationName = optional
[leaf]
basicConstraints = CA:FALSE
subjectAltName = $san
extendedKeyUsage = serverAuth, clientAuth
CNF
  openssl ca -batch -notext -config "$work/ca.cnf" -cert ca.pem -keyfile ca.key \
    -startdate "$start" -enddate "$end" -in "$work/$name.csr" -out "$name.pem" 2>/dev/null
}

sign server "/O=Batch Console tests/CN=127.0.0.1" "IP:127.0.0.1,DNS:localhost" 20250101000000Z 21250101000000Z
sign wronghost "/O=Batch Console tests/CN=gateway.example" "DNS:gateway.example" 20250101000000Z 21250101000000Z
sign expired "/O=Batch Console tests/CN=127.0.0.1" "IP:127.0.0.1,DNS:localhost" 20200101000000Z 20210101000000Z
sign client "/O=Batch Console tests/CN=batch-console client" "DNS:client.example" 20250101000000Z 21250101000000Z client.key

# Two self-signed certificates for one key: what a gateway shows before and after
# its operators replace the certificate the user pinned.
for n in selfsigned selfsigned-renewed; do
  openssl req -x509 -key server.key -out $n.pem -days $days -subj "/O=Batch Console tests/CN=127.0.0.1 ($n)" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null
done
rm -f ca.srl ca.key # nothing needs the authority's key once its certificates are signed
