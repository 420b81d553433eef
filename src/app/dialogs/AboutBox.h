#pragma once

#include <QCoreApplication>

class QWidget;

// Help › About: the version, the Qt it was built with and runs on, and
// whether keys can be kept in a keychain.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    static void open(QWidget *parent, bool keysForSessionOnly);
};
