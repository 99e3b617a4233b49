// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;

namespace Wharf {

class Error;

// The unpacked.cern.ch page when no root can be read and nothing was saved from an earlier
// scan: what is wrong (CVMFS not installed, the repository not mounted, permission denied,
// a folder that does not exist) and what to do, never a blank tree.
class UnpackedMissingRootWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UnpackedMissingRootWidget(QWidget *parent = nullptr);

    // cvmfsMissing: /cvmfs itself is absent, so the three ways to get CVMFS are offered.
    void setProblems(const QList<Error> &problems, bool cvmfsMissing);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_title;
    QLabel *m_story;
    QLabel *m_ways;
};

} // namespace Wharf
