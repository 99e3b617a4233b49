// SPDX-License-Identifier: Apache-2.0
#include "Application.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Wharf::CommandLine::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        Wharf::Application::setUp();
        return Wharf::CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    Wharf::Application::setUp();
    return Wharf::Application::runWindow();
}
