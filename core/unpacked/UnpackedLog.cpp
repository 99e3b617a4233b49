// SPDX-License-Identifier: Apache-2.0
#include "UnpackedLog.h"

Q_LOGGING_CATEGORY(lcUnpacked, "wharf.unpacked", QtInfoMsg)
