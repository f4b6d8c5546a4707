# Builds the fuzz seed corpus in OUTPUT_DIR from the vectors in VECTORS_DIR (cmake -P; run by the build).
# The vectors stay where they are: the corpus is a build artefact, rebuilt when they change.
#   every license.lic, machine.lic, license_key.txt, license_key_reconstructed.txt, as published;
#   every decoded.json / expected_plaintext.json / expected_dataset.json (the harness signs and encrypts these);
#   every public_key.* (the harness also parses each input as a public key);
#   variants of each file: CRLF, cut in half, missing its END line, with a byte order mark, inside a check-out
#   response; and hand-made edge cases (empty, header only, other PEM blocks, key-shaped fragments).

if(NOT VECTORS_DIR OR NOT OUTPUT_DIR)
    message(FATAL_ERROR "usage: cmake -DVECTORS_DIR=... -DOUTPUT_DIR=... -P make-seeds.cmake")
endif()
if(NOT EXISTS "${VECTORS_DIR}/README.md")
    message(FATAL_ERROR "no vectors at ${VECTORS_DIR}")
endif()

file(REMOVE_RECURSE "${OUTPUT_DIR}")
file(MAKE_DIRECTORY "${OUTPUT_DIR}")

set(artifacts license.lic machine.lic license_key.txt license_key_reconstructed.txt)
set(plaintexts decoded.json expected_plaintext.json expected_dataset.json)
set(public_keys public_key.ed25519.hex public_key.ed25519.spki-der.b64 public_key.rsa2048.pem public_key.ecdsa-p256.pem)
set(count 0)

file(GLOB folders LIST_DIRECTORIES true "${VECTORS_DIR}/keygen/*" "${VECTORS_DIR}/synthetic/*")
list(SORT folders)
foreach(folder IN LISTS folders)
    if(NOT IS_DIRECTORY "${folder}")
        continue()
    endif()
    get_filename_component(name "${folder}" NAME)
    get_filename_component(group "${folder}" DIRECTORY)
    get_filename_component(group "${group}" NAME)
    foreach(file IN LISTS artifacts plaintexts public_keys)
        if(NOT EXISTS "${folder}/${file}")
            continue()
        endif()
        set(seed "${OUTPUT_DIR}/${group}-${name}-${file}")
        file(COPY_FILE "${folder}/${file}" "${seed}")
        math(EXPR count "${count} + 1")
        if(NOT file MATCHES "\\.lic$")
            continue()
        endif()
        file(READ "${folder}/${file}" text)
        string(REPLACE "\n" "\r\n" crlf "${text}")
        file(WRITE "${seed}.crlf" "${crlf}")
        string(LENGTH "${text}" length)
        math(EXPR half "${length} / 2")
        string(SUBSTRING "${text}" 0 ${half} cut)
        file(WRITE "${seed}.half" "${cut}")
        string(REGEX REPLACE "-----END [A-Z ]+-----[\r\n]*$" "" noend "${text}")
        file(WRITE "${seed}.noend" "${noend}")
        string(ASCII 239 187 191 bom) # UTF-8 byte order mark, as Windows editors save it
        file(WRITE "${seed}.bom" "${bom}${text}")
        string(REPLACE "\n" "\\n" escaped "${text}")
        file(WRITE "${seed}.checkout.json"
            "{\"data\":{\"id\":\"0\",\"type\":\"license-files\",\"attributes\":{\"certificate\":\"${escaped}\","
            "\"ttl\":null,\"expiry\":null,\"issued\":\"2024-01-01T00:00:00.000Z\"}}}\n")
        math(EXPR count "${count} + 5")
    endforeach()
endforeach()

# Hand-made edge cases.
function(edge_case name content)
    file(WRITE "${OUTPUT_DIR}/edge-${name}" "${content}")
endfunction()
edge_case(empty "")
edge_case(whitespace " \n\t\r\n")
edge_case(license-header-only "-----BEGIN LICENSE FILE-----\n")
edge_case(machine-header-only "-----BEGIN MACHINE FILE-----\r\n")
edge_case(license-empty-body "-----BEGIN LICENSE FILE-----\n-----END LICENSE FILE-----\n")
edge_case(machine-end-first "-----END MACHINE FILE-----\n-----BEGIN MACHINE FILE-----\n")
# {"enc":"","sig":"","alg":""}
edge_case(license-empty-envelope
    "-----BEGIN LICENSE FILE-----\neyJlbmMiOiIiLCJzaWciOiIiLCJhbGciOiIifQ==\n-----END LICENSE FILE-----\n")
# {"enc":"e30=","sig":"AAAA","alg":"base64+ed25519"}
edge_case(license-base64-envelope
    "-----BEGIN LICENSE FILE-----\neyJlbmMiOiJlMzA9Iiwic2lnIjoiQUFBQSIsImFsZyI6ImJhc2U2NCtlZDI1NTE5In0=\n"
    "-----END LICENSE FILE-----\n")
edge_case(license-not-base64 "-----BEGIN LICENSE FILE-----\n!!!!\n-----END LICENSE FILE-----\n")
edge_case(public-key-pem
    "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAe8LGaiqk1GcGCyyTwpAGJp+KjSQT/NJcP2qdKdx5eYI=\n-----END PUBLIC KEY-----\n")
edge_case(checkout-empty "{\"data\":{\"attributes\":{\"certificate\":\"\"}}}")
edge_case(key-prefix-only "key/")
edge_case(key-dot-only "key/.")
edge_case(key-two-parts "eyJpZCI6IjEifQ==.AAAA")
edge_case(key-jwt-shape "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.AAAA")
edge_case(key-plain "988214-879010-F1185E-B37E91-E53AF5-V3")
# 131 characters: four dash-separated groups of hex, the last ending in "v1"
edge_case(key-legacy-encrypt
    "0123456789abcdef0123456789abcdef-0123456789abcdef0123456789abcdef-0123456789abcdef0123456789abcdef-"
    "0123456789abcdef0123456789abcdv1")
edge_case(key-words "not a key at all")
math(EXPR count "${count} + 18")

file(TOUCH "${OUTPUT_DIR}.stamp") # outside the corpus: libFuzzer reads every file in it
message(STATUS "fuzz seed corpus: ${count} inputs in ${OUTPUT_DIR}")
