# Turns a data file into a C array (cmake -DIN=file -DOUT=file.c -DNAME=sym
# [-DHDR=file.h] -P embed.cmake), so rule files ship inside the binary and are
# still edited as data. HDR gets NAME_HASH, a number that changes with the
# content (analyzer versions use it, so the layer cache follows rule edits).
file(READ "${IN}" hex HEX)
file(SIZE "${IN}" len)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "/* generated from ${IN}; do not edit */\n#include <stddef.h>\nconst char ${NAME}[] = {\n${bytes}0x00 };\nconst size_t ${NAME}_len = ${len};\n")
if(HDR)
  file(SHA256 "${IN}" sum)
  string(SUBSTRING "${sum}" 0 7 short)
  string(TOUPPER "${NAME}_HASH" macro)
  file(WRITE "${HDR}" "/* generated from ${IN}; do not edit */\n#define ${macro} 0x${short}u\n")
endif()
