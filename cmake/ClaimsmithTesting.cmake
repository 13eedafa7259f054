# One function registers a Qt Test executable with CTest.
#
#   claimsmith_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS claimsmith_json
#                       [GUI] [LABELS core ...] [TIMEOUT seconds])
#
# GUI tests run on the offscreen platform. Every test gets CLAIMSMITH_SHARED_DIR
# (the test vectors) and a private temporary directory.
include(CTest)

function(claimsmith_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE claimsmith_testsupport Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
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
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
                         LABELS "${T_LABELS}")
endfunction()
