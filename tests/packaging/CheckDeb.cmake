# SPDX-FileCopyrightText: 2026 Mentor Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack into OUT and checks what it installs and what it depends on.
# cmake -DCPACK=cpack -DCPACK_CONFIG=... -DOUT=... -DDPKG_DEB=... -P CheckDeb.cmake
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CPACK} -G DEB --config ${CPACK_CONFIG} -B ${OUT}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${OUT}/mentordesk_*_*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one mentordesk_*.deb in ${OUT}, found: ${debs}")
endif()
execute_process(COMMAND ${DPKG_DEB} -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed")
endif()
set(expected
    ./usr/bin/mentordesk
    ./usr/bin/mentordesk-cli
    ./usr/share/applications/org.mentordesk.MentorDesk.desktop
    ./usr/share/metainfo/org.mentordesk.MentorDesk.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/mentordesk.svg
    ./usr/share/doc/mentordesk/copyright)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/mentordesk.png)
endforeach()
foreach(path IN LISTS expected)
    string(FIND "${contents}" " ${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND ${DPKG_DEB} -f ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dep libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6widgets6 libsodium23)
    string(FIND "${depends}" "${dep}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${dep}: ${depends}")
    endif()
endforeach()
message(STATUS "${debs}: every file and dependency present")
