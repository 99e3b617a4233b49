// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StaleRowDelegate.h"

namespace Wharf {

// The Containers page's rows: muted while their engine has not confirmed them (as
// StaleRowDelegate), the cvmfs-automounter's name in bold with a marker, so that the one
// container every automounter launch depends on stands out.
class ContainerRowDelegate : public StaleRowDelegate
{
    Q_OBJECT

public:
    explicit ContainerRowDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Wharf
