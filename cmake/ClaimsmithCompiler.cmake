# Language level, warnings and build helpers shared by every target.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

# Debug information: line tables and function names unless asked for more.
# Backtraces, sanitizer reports and profiles still name the file and line;
# a compile takes about a third less time than with full -g, and links are
# faster too. CLAIMSMITH_FULL_DEBUG_INFO=ON keeps -g, for a debugger session
# that shows local variables.
option(CLAIMSMITH_FULL_DEBUG_INFO "Full debug information (-g), not only line tables" OFF)
if(NOT CLAIMSMITH_FULL_DEBUG_INFO AND CMAKE_BUILD_TYPE MATCHES "^(RelWithDebInfo|Debug)$")
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-g1) # after the build type's -g, so it wins
    else()
        add_compile_options(-gline-tables-only)
    endif()
endif()

# LLVM's linker when it is there (scripts/install-deps.sh installs it): it
# links a test executable about three times faster than the default one.
find_program(CLAIMSMITH_LLD ld.lld)
if(CLAIMSMITH_LLD)
    add_link_options(-fuse-ld=lld)
endif()

add_compile_options(-Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor
                    # Designated initializers leave members out on purpose.
                    -Wno-missing-field-initializers)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wshadow=local)
endif()
if(CLAIMSMITH_WERROR)
    add_compile_options(-Werror)
endif()
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)

set(CLAIMSMITH_SANITIZER_IGNORELIST ${CMAKE_SOURCE_DIR}/cmake/sanitizer-ignorelist.txt)
if(CLAIMSMITH_SANITIZE OR CLAIMSMITH_FUZZ)
    # ccache does not know the ignore-list is an input: put its hash into the
    # command line so that a change to it rebuilds.
    file(MD5 ${CLAIMSMITH_SANITIZER_IGNORELIST} CLAIMSMITH_IGNORELIST_MD5)
    add_compile_definitions(CLAIMSMITH_SANITIZER_IGNORELIST_MD5=${CLAIMSMITH_IGNORELIST_MD5})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CLAIMSMITH_SANITIZER_IGNORELIST})
endif()
if(CLAIMSMITH_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        add_compile_options(-fsanitize-ignorelist=${CLAIMSMITH_SANITIZER_IGNORELIST})
    endif()
    add_link_options(-fsanitize=address,undefined)
endif()

if(CLAIMSMITH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CLAIMSMITH_FUZZ needs clang (configure with CXX=clang++ CC=clang)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=all
                        -fsanitize-ignorelist=${CLAIMSMITH_SANITIZER_IGNORELIST})
    add_link_options(-fsanitize=address,undefined)
endif()
