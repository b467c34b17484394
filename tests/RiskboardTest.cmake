# riskboard_add_test(NAME SOURCES a.cpp [b.cpp] LIBS lib...)
# Builds one Qt Test executable and registers it with CTest. The test's working directory is the build
# tree; RISKBOARD_SOURCE_DIR and RISKBOARD_TEST_DATA point at the sources and tests/data.
function(riskboard_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    RISKBOARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    RISKBOARD_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    RISKBOARD_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "TZ=Europe/Amsterdam;QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
    TIMEOUT 600)
endfunction()
