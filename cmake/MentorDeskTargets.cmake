# SPDX-FileCopyrightText: 2026 Mentor Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings and helpers for every Mentor Desk target.

# Test time limit: the sanitized tree runs about 2-3 times slower, so its tests get three times longer.
if(MD_SANITIZE)
    set(MD_TEST_TIMEOUT 1800)
else()
    set(MD_TEST_TIMEOUT 600)
endif()

# md_apply_settings(target): the house compile options (warnings, strict QString).
function(md_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
        QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING QT_NO_KEYWORDS)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(MD_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    endif()
    if(MD_SANITIZE)
        # Any report stops the program with a failure (no "recover and carry on"), so CI fails on it.
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(MD_BUILD_FUZZ)
        # Coverage for libFuzzer in every library it reaches; the fuzz targets add -fsanitize=fuzzer.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# md_add_subdirectories(): add every direct subfolder that has a CMakeLists.txt, so a new
# capability folder is picked up without editing its parent.
macro(md_add_subdirectories)
    file(GLOB _md_children LIST_DIRECTORIES true RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}/*")
    list(SORT _md_children)
    foreach(_md_child IN LISTS _md_children)
        if(IS_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/${_md_child}"
           AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${_md_child}/CMakeLists.txt")
            add_subdirectory(${_md_child})
        endif()
    endforeach()
endmacro()

# md_add_test(NAME name SOURCES ... [LIBS ...] [GUI]): one Qt Test executable registered with
# CTest, run offscreen in a fixed locale.
function(md_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    md_apply_settings(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test mentordesk_testsupport ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${ARG_NAME} PRIVATE mentordesk_ui)
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_GB.UTF-8;LC_ALL=C.UTF-8;MD_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
        TIMEOUT ${MD_TEST_TIMEOUT})
endfunction()
