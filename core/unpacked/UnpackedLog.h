// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// The unpacked.cern.ch browser's category ("wharf.unpacked"). It lives here rather than in
// base/LogCategories.h so that core/unpacked stays self-contained; move it there when convenient.
Q_DECLARE_LOGGING_CATEGORY(lcUnpacked)
