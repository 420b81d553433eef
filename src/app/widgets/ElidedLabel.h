#pragma once

#include <QWidget>

// One line of plain text that never asks for more width than it gets: the
// text is cut with "…" where it does not fit, and the whole of it shows as
// the tooltip. A status bar made of these never widens its window.
class ElidedLabel : public QWidget
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // True when the text is cut at the current width.
    bool isElided() const;
    void setAlignment(Qt::Alignment alignment);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString m_text;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
};
