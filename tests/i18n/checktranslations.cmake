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
