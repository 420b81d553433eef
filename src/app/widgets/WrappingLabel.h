#pragma once

#include <QWidget>

// Plain text that wraps between words where it can and anywhere where it
// must, so a batch id, a file id or a URL is shown whole however narrow the
// pane is (QLabel only wraps between words and cuts a long id off). A right
// click offers Copy, which copies the text exactly.
class WrappingLabel : public QWidget
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
};
