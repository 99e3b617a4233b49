# SPDX-License-Identifier: Apache-2.0
# One place for the project's strictness: every Wharf target links wharf_strictness.
add_library(wharf_strictness INTERFACE)
target_compile_definitions(wharf_strictness INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_FORCE_ASSERTS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(wharf_strictness INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    -Wshadow=local -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Werror=switch)
if(WHARF_WERROR)
    target_compile_options(wharf_strictness INTERFACE -Werror)
endif()
if(WHARF_SANITIZE)
    target_compile_options(wharf_strictness INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(wharf_strictness INTERFACE -fsanitize=address,undefined)
endif()
