// SPDX-License-Identifier: Apache-2.0
#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcEngine, "wharf.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineHttp, "wharf.engine.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "wharf.discovery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "wharf.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "wharf.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "wharf.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "wharf.diagnostics", QtInfoMsg)
