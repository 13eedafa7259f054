# One function registers a Qt Test executable with CTest.
#
#   claimsmith_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS claimsmith_json
#                       [GUI] [POSTGRES] [LABELS core ...] [TIMEOUT seconds])
#
# GUI tests run on the offscreen platform. Every test gets CLAIMSMITH_SHARED_DIR
# (the test vectors) and a private temporary directory.
#
# POSTGRES registers the executable a second time as tst_foo_pg, run against
# the throwaway PostgreSQL cluster (see claimsmith_use_postgres).
include(CTest)

# The throwaway PostgreSQL cluster of the tests (tests/support/pg-cluster.sh),
# started by the CTest fixture claimsmith_pg. Its port differs between build
# folders, so that several builds on one machine can run their tests at once.
string(MD5 _claimsmith_dir_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_claimsmith_dir_hash}" 0 4 _claimsmith_dir_hash)
math(EXPR _claimsmith_pg_port "0x${_claimsmith_dir_hash} % 10000 + 40000")
set(CLAIMSMITH_TEST_PG_PORT "${_claimsmith_pg_port}" CACHE STRING
    "Loopback port of the PostgreSQL cluster the tests start")
set(CLAIMSMITH_TEST_PG_DIR "${CMAKE_BINARY_DIR}/pg-test")
set(CLAIMSMITH_TEST_PG_URL
    "postgresql://claimsmith_test@127.0.0.1:${CLAIMSMITH_TEST_PG_PORT}/claimsmith_test")

# Makes a registered test require the cluster: CTest starts it first, and the
# test gets its URL in CLAIMSMITH_TEST_PG_URL and the password file in
# PGPASSFILE. Should the cluster not start, CTest reports the test as not run
# (a failure), and the test itself fails when it cannot connect.
function(claimsmith_use_postgres test)
    set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED claimsmith_pg)
    set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
                 "CLAIMSMITH_TEST_PG_URL=${CLAIMSMITH_TEST_PG_URL}"
                 "PGPASSFILE=${CLAIMSMITH_TEST_PG_DIR}/pgpass")
    set_property(TEST ${test} APPEND PROPERTY LABELS postgres)
endfunction()

function(claimsmith_add_test)
    cmake_parse_arguments(T "GUI;POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE claimsmith_testsupport Qt6::Test ${T_LIBS})
    set(env "CLAIMSMITH_SHARED_DIR=${CLAIMSMITH_SHARED_DIR}"
            "CLAIMSMITH_BINARY_DIR=${CMAKE_BINARY_DIR}"
            "CLAIMSMITH_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND T_LABELS gui)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(names ${T_NAME})
    if(T_POSTGRES)
        list(APPEND names ${T_NAME}_pg)
    endif()
    foreach(name ${names})
        add_test(NAME ${name} COMMAND ${T_NAME})
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
                             LABELS "${T_LABELS}")
    endforeach()
    if(T_POSTGRES)
        claimsmith_use_postgres(${T_NAME}_pg)
    endif()
endfunction()
