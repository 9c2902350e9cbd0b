# SPDX-FileCopyrightText: 2026 Mentor Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The core suites that also run on PostgreSQL: each is registered a second time as <suite>_pg,
# with MD_TEST_PG_URL_FILE pointing tests/support/TestDatabase at a throwaway server that the
# md_pg_server fixture starts before the first of them and stops after the last
# (tools/pg-test-server). A core suite not listed here has not been shown to pass on PostgreSQL yet:
# add it once `MD_TEST_PG_URL=postgresql://... build/tests/core/<area>/<suite>` passes.
set(MD_PG_SUITES
    tst_access tst_allocation tst_assessments tst_auditlog tst_auditlogmodel tst_behaviour tst_behaviourcli
    tst_caseloadpolicy tst_csvreader tst_database tst_databasecopy tst_hub tst_hubdocuments tst_ilpplans
    tst_ilpreviews tst_interventions tst_lettermerge tst_livechanges tst_letterservice tst_mentorflow tst_mentoringlog
    tst_mentorquality tst_passwords tst_referralcli tst_referralimport tst_referralmodels tst_referrals
    tst_mentorstore tst_reportimport tst_reportsdemo tst_scheduler tst_studentmodels tst_timetable tst_upn
    tst_mentorscli tst_timetablecli tst_demoreferrals tst_letterpdf tst_behaviourimport tst_behaviourdemo
    tst_behaviouradmin tst_coursesterms tst_accessmatrix tst_mentorscope tst_demomentoring tst_studentimport
    tst_importlimits tst_ilpprint tst_reportfigures tst_subjectaccess tst_restricted tst_retention
    tst_liveupdatesui tst_demoschool)
# Core and CLI suites that stay SQLite-only, each with its reason in its CMakeLists.txt:
# tst_backup, tst_damagedfiles, tst_sealedfile, tst_sqlitestatement (a desk's SQLite file itself),
# tst_serverurl, tst_translations (no database) and tst_cli (the tool on its own .sqlite files).

# Suites that only make sense on a server (tests/core/server): registered only as <suite>_pg.
set(MD_PG_ONLY_SUITES tst_serveraccess tst_serverload tst_livereconnect tst_serverdeskui)

set(_md_pg_state "${CMAKE_BINARY_DIR}/pg-test")
add_test(NAME pg_server_start COMMAND "${CMAKE_SOURCE_DIR}/tools/pg-test-server" start "${_md_pg_state}")
add_test(NAME pg_server_stop COMMAND "${CMAKE_SOURCE_DIR}/tools/pg-test-server" stop "${_md_pg_state}")
set_tests_properties(pg_server_start PROPERTIES FIXTURES_SETUP md_pg_server TIMEOUT 120)
set_tests_properties(pg_server_stop PROPERTIES FIXTURES_CLEANUP md_pg_server TIMEOUT 120)

foreach(_md_suite IN LISTS MD_PG_SUITES MD_PG_ONLY_SUITES)
    if(NOT TARGET ${_md_suite})
        message(FATAL_ERROR "PostgresSuites.cmake lists ${_md_suite}, which is no test target")
    endif()
    add_test(NAME ${_md_suite}_pg COMMAND ${_md_suite})
    set_tests_properties(${_md_suite}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_GB.UTF-8;LC_ALL=C.UTF-8;MD_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data;MD_TEST_PG_URL_FILE=${_md_pg_state}/url"
        FIXTURES_REQUIRED md_pg_server
        LABELS postgresql
        TIMEOUT ${MD_TEST_TIMEOUT})
endforeach()
