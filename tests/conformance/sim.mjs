// Starts gateway-sim on a free loopback port and stops it when asked: what
// every conformance stage talks to.
import { spawn } from 'node:child_process';

export async function startSim(args) {
  const program = process.env.GATEWAY_SIM;
  if (!program) throw new Error('GATEWAY_SIM is not set');
  const child = spawn(program, ['--port', '0', '--seed', '5', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('gateway-sim did not say where it listens')), 10000);
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`gateway-sim exited with ${code}`)));
  });
  return {
    url,
    async log() {
      const answer = await fetch(`${url}/_sim/log`);
      return (await answer.json()).requests;
    },
    stop() {
      child.kill();
    },
  };
}

// A small assertion helper that names what was checked, so a failure says which.
export function check(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}
