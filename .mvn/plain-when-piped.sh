# Sourced by ./jejaring and .ci/run before they run mvn: no colour codes in a pipe or a log file.
# Maven 3.8 colours its console through jansi, which tells a terminal from a pipe only with its native library;
# Debian's Maven package ships without it, so Maven coloured pipes and logs too (3.9 bundles it). A static file
# cannot know where stdout goes, so the choice is made here. .mvn/jvm.config (-Djansi.noreset) stops the reset
# codes jansi writes at start and exit even in batch mode (-B), where Maven itself turns colour off.
if [ ! -t 1 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djansi.mode=strip"
fi
