// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/EmbeddedPodmanService.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Wharf::Test {

// A Podman of the test's own (storage, run root and socket in a temp dir) for tests that must
// stop, restart or start an engine themselves: the shared fixture's engines stay untouched.
// Test code, so it may block.
class PrivatePodman
{
public:
    PrivatePodman();
    ~PrivatePodman();

    // Empty when podman can run here, else why not.
    QString missingReason() const;
    // Imports a busybox image as localhost/private/busybox:1. Returns an error text or empty.
    QString seed();

    // What EmbeddedPodmanService needs to run a service on this storage.
    EmbeddedPodmanService::Options serviceOptions() const;
    QString socketPath() const;

    // Runs `podman system service` on socketPath() and waits until the socket exists.
    bool startService();
    // SIGKILL: the engine dies as if it crashed.
    void killService();

    // Runs podman with this storage; returns its exit code (output in lastOutput()).
    int run(const QStringList &arguments);
    QString lastOutput() const { return m_lastOutput; }

private:
    QStringList globalArguments() const;
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_service;
    QString m_lastOutput;
};

} // namespace Wharf::Test
