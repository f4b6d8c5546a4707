# Runs lupdate over the sources into a copy of the .ts file and fails if any message is new or unfinished.
string(REPLACE "|" ";" dirs "${SOURCE_DIRS}")
set(copy "${WORK_DIR}/check_de.ts")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h,ui -I "${PROJECT_DIR}" ${dirs} -ts "${copy}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REPLACE ";" "\n" listing "${unfinished}")
    message(FATAL_ERROR "${count} message(s) have no German translation yet; run the update_translations target "
                        "and translate them in translations/keydesk_de.ts:\n${listing}")
endif()
message(STATUS "translations complete:\n${output}")

# English: every message with "(s)" in its source has its two plural forms in keydesk_en.ts.
if(EN_TS_FILE)
    set(en_copy "${WORK_DIR}/check_en.ts")
    file(COPY_FILE "${EN_TS_FILE}" "${en_copy}")
    execute_process(
        COMMAND "${LUPDATE}" -pluralonly -no-obsolete -locations none -extensions cpp,h,ui -I "${PROJECT_DIR}" ${dirs}
                -ts "${en_copy}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate -pluralonly failed:\n${output}")
    endif()
    file(READ "${en_copy}" en_ts)
    string(REGEX MATCHALL "<source>[^<]*\\(s\\)[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\""
           en_unfinished "${en_ts}")
    list(LENGTH en_unfinished en_count)
    if(en_count GREATER 0)
        string(REPLACE ";" "\n" listing "${en_unfinished}")
        message(FATAL_ERROR "${en_count} message(s) with \"(s)\" lack their English plural forms in "
                            "translations/keydesk_en.ts (see translations/CMakeLists.txt):\n${listing}")
    endif()
    message(STATUS "English plural forms complete")
endif()
