# SPDX-License-Identifier: Apache-2.0
# Wharf's fallback icon theme (issue 7): one set of hand-drawn SVGs in this folder, one folder
# per freedesktop context (actions/, places/, ...), each drawn in "currentColor". At configure
# time this makes two themes of it for app/IconTheme: "wharf-light" (dark strokes, for light
# backgrounds) and "wharf-dark" (light strokes), each with its own index.theme.
#
#   wharf_generate_icon_themes(<output dir> <variable that receives the generated files>)
#
# Every source is a configure dependency: editing an SVG regenerates both themes on the next
# build, and file(CONFIGURE) leaves unchanged outputs alone, so rcc does not rerun for nothing.
set(_WHARF_ICON_THEME_SOURCE_DIR ${CMAKE_CURRENT_LIST_DIR})

function(wharf_generate_icon_themes output_dir files_var)
    set(src ${_WHARF_ICON_THEME_SOURCE_DIR})
    file(GLOB_RECURSE svgs CONFIGURE_DEPENDS RELATIVE ${src} ${src}/*/*.svg)
    list(SORT svgs)
    set(contexts "")
    foreach(svg IN LISTS svgs)
        get_filename_component(context ${svg} DIRECTORY)
        list(APPEND contexts ${context})
    endforeach()
    list(REMOVE_DUPLICATES contexts)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${src}/index.theme.in)

    # index.theme: every context folder scalable from 8 px up (Qt renders the SVG at the size asked).
    set(WHARF_ICON_THEME_SECTIONS "")
    foreach(context IN LISTS contexts)
        if(context STREQUAL "apps")
            set(label Applications)
        elseif(context STREQUAL "mimetypes")
            set(label MimeTypes)
        else()
            string(SUBSTRING ${context} 0 1 first)
            string(TOUPPER ${first} first)
            string(SUBSTRING ${context} 1 -1 rest)
            set(label ${first}${rest})
        endif()
        string(APPEND WHARF_ICON_THEME_SECTIONS
            "\n[${context}]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\nContext=${label}\n")
    endforeach()
    list(JOIN contexts "," WHARF_ICON_THEME_DIRECTORIES)

    set(generated "")
    foreach(variant light dark)
        if(variant STREQUAL "light")
            set(colour "#232629")
        else()
            set(colour "#eff0f1")
        endif()
        set(WHARF_ICON_THEME_NAME wharf-${variant})
        set(WHARF_ICON_THEME_BACKGROUND ${variant})
        configure_file(${src}/index.theme.in ${output_dir}/wharf-${variant}/index.theme @ONLY)
        list(APPEND generated ${output_dir}/wharf-${variant}/index.theme)
        foreach(svg IN LISTS svgs)
            file(READ ${src}/${svg} content)
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${src}/${svg})
            string(REPLACE "currentColor" "${colour}" content "${content}")
            file(CONFIGURE OUTPUT ${output_dir}/wharf-${variant}/${svg} CONTENT "${content}" @ONLY)
            list(APPEND generated ${output_dir}/wharf-${variant}/${svg})
        endforeach()
    endforeach()
    set(${files_var} ${generated} PARENT_SCOPE)
endfunction()
