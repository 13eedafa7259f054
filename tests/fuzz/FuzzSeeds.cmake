# Seeds for fuzz_jose taken from the JOSE test vectors at configure time
# (${CLAIMSMITH_SHARED_DIR}/testdata is read where it is, never copied into
# the project): every compact JWS of the RFC 7515/7520/8037 examples and of
# Wycheproof, and every JWK in them, also as a one-key JWKS. Each is written
# to ${CLAIMSMITH_FUZZ_SEED_DIR}/jose/ behind fuzz_jose's selector byte
# ('A' token, 'B' JWK, 'C' JWKS).

function(claimsmith_fuzz_seed target content)
    string(MD5 hash "${content}")
    file(WRITE ${CLAIMSMITH_FUZZ_SEED_DIR}/${target}/${hash} "${content}")
endfunction()

function(claimsmith_jose_key_seeds jwk)
    claimsmith_fuzz_seed(jose "B${jwk}")
    claimsmith_fuzz_seed(jose "C{\"keys\":[${jwk}]}")
endfunction()

if(NOT IS_DIRECTORY ${testdata})
    message(WARNING "${testdata} is missing: fuzz_jose has no seeds from the test vectors, "
                    "and the replay tests that read them fail")
    return()
endif()

file(REMOVE_RECURSE ${CLAIMSMITH_FUZZ_SEED_DIR}/jose)
file(GLOB cookbook ${testdata}/jose-cookbook/*.json)
set(with_tokens ${cookbook} ${testdata}/wycheproof/json_web_signature_test.json
                ${testdata}/wycheproof/json_web_key_test.json)
foreach(vectors ${with_tokens})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${vectors})
    file(STRINGS ${vectors} lines REGEX "\"(compact|jws)\": *\"[A-Za-z0-9_.-]+\"")
    foreach(line ${lines})
        string(REGEX REPLACE ".*\"(compact|jws)\": *\"([A-Za-z0-9_.-]+)\".*" "\\2" token
                             "${line}")
        claimsmith_fuzz_seed(jose "A${token}")
    endforeach()
endforeach()

# Keys: the RFC 7520 §3 key files whole, the "input"."key" of the examples,
# and the "private" key of each Wycheproof test group.
foreach(vectors ${cookbook})
    file(READ ${vectors} text)
    if(vectors MATCHES "rfc7520_3_")
        claimsmith_jose_key_seeds("${text}")
        continue()
    endif()
    string(JSON key ERROR_VARIABLE missing GET "${text}" input key)
    if(NOT missing)
        claimsmith_jose_key_seeds("${key}")
    endif()
endforeach()
foreach(vectors json_web_signature_test json_web_key_test)
    file(READ ${testdata}/wycheproof/${vectors}.json text)
    string(JSON groups ERROR_VARIABLE missing LENGTH "${text}" testGroups)
    if(missing OR groups EQUAL 0)
        continue()
    endif()
    math(EXPR last "${groups} - 1")
    foreach(i RANGE ${last})
        string(JSON key ERROR_VARIABLE missing GET "${text}" testGroups ${i} private)
        if(NOT missing)
            claimsmith_jose_key_seeds("${key}")
        endif()
    endforeach()
endforeach()
