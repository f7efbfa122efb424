/*
 * The build history's created_by strings, as the builders write them:
 *   docker/buildah/kaniko: "/bin/sh -c #(nop) ADD file:<hash> in /dst "
 *                          "|2 A=1 B=2 /bin/sh -c make"  (build args first)
 *                          "/bin/sh -c apk add curl"     (a RUN)
 *   BuildKit:              "RUN /bin/sh -c apk add curl # buildkit"
 *                          "ADD https://example.com/x /x # buildkit", "ENV A=b"
 * dd_history_parse() finds the instruction, its arguments and the build
 * arguments; dd_shell_split() cuts a RUN's shell text into simple commands
 * (words dequoted, pipes remembered) so rules look at command words, not
 * substrings. Everything is bounded: text, commands, words.
 */
#ifndef DD_CHECKS_HISTORY_CMD_H
#define DD_CHECKS_HISTORY_CMD_H

#include <stdbool.h>
#include <stddef.h>

#define DD_HIST_TEXT_MAX 65536
#define DD_HIST_MAX_BUILD_ARGS 32

typedef struct dd_history_cmd {
	char instr[16];           /* "RUN", "ADD", "COPY", "ENV", "ARG", "USER", "VOLUME", ... or "" when unknown */
	const char *args;         /* into the created_by string; not NUL-terminated at args_len */
	size_t args_len;
	struct { const char *p; size_t n; } build_args[DD_HIST_MAX_BUILD_ARGS];   /* "KEY=VALUE" */
	size_t n_build_args;
	bool buildkit;
	bool nop;                 /* "#(nop)": metadata-only instruction of the classic builder */
} dd_history_cmd;

void dd_history_parse(const char *created_by, size_t len, dd_history_cmd *out);

#define DD_SH_MAX_CMDS 256
#define DD_SH_MAX_WORDS 64

typedef struct dd_sh_cmd {
	unsigned first, n;        /* words [first, first+n) in dd_sh.words */
	bool pipe_in;             /* stdin comes from the previous command's pipe */
	bool pipe_out;
} dd_sh_cmd;

typedef struct dd_sh {
	char text[DD_HIST_TEXT_MAX + 1];   /* dequoted words, NUL-separated */
	size_t used;
	const char *words[DD_SH_MAX_CMDS * 8];
	unsigned n_words;
	dd_sh_cmd cmds[DD_SH_MAX_CMDS];
	unsigned n_cmds;
	bool truncated;
} dd_sh;

/* Splits shell text at ;, &&, ||, &, | and newlines into commands of words. */
void dd_shell_split(dd_sh *sh, const char *s, size_t len);
/* The command's program name (basename), after VAR=x prefixes and wrappers
 * (sudo, env, exec, nohup, time, command, xargs); *word_at is its word index. */
const char *dd_sh_program(const dd_sh *sh, const dd_sh_cmd *c, unsigned *word_at, bool *via_sudo);

#endif
