// Reverse shells: an interactive shell wired to a network socket.

rule revshell_bash_dev_tcp
{
    meta:
        id = "reverse-shell-bash"
        severity = "critical"
        title = "Reverse shell: interactive shell redirected to /dev/tcp"
    strings:
        $i = /\b(bash|sh)\s+-i\s*(>&|&>|>)\s*\/dev\/(tcp|udp)\/[^\/\s]{1,80}\/[0-9]{1,5}/
        $fd = /\/dev\/(tcp|udp)\/[^\/\s]{1,80}\/[0-9]{1,5}\s*0\s*>\s*&\s*1/
        $exec = /exec\s+[0-9]+\s*<>\s*\/dev\/tcp\/[^\/\s]{1,80}\/[0-9]{1,5}/
    condition:
        any of them
}

rule revshell_netcat
{
    meta:
        id = "reverse-shell-netcat"
        severity = "critical"
        title = "Reverse shell: netcat executing a shell"
    strings:
        $e = /\b(nc|ncat|netcat)(\.traditional|\.openbsd)?\s+([-][A-Za-z]+\s+)*-[A-Za-z]*[ec]\s*['"]?\/bin\/(ba|z|da)?sh/
        $fifo = /mkfifo\s+\S+[^\n]{0,60}\/bin\/(ba)?sh\s+-i[^\n]{0,60}\|\s*(nc|ncat|netcat)\s/
    condition:
        any of them
}

rule revshell_python
{
    meta:
        id = "reverse-shell-python"
        severity = "critical"
        title = "Reverse shell: Python socket wired to a shell"
    strings:
        $sock = "socket.socket("
        $conn = ".connect(("
        $dup = "os.dup2("
        $sh1 = /pty\.spawn\s*\(\s*["'](\/bin\/)?(ba)?sh/
        $sh2 = /subprocess\.(call|Popen|run)\s*\(\s*\[\s*["']\/bin\/(ba)?sh["']\s*,\s*["']-i["']/
    condition:
        $sock and $conn and $dup and any of ($sh*)
}

rule revshell_perl
{
    meta:
        id = "reverse-shell-perl"
        severity = "critical"
        title = "Reverse shell: Perl socket wired to a shell"
    strings:
        $sock = /PF_INET\s*,\s*SOCK_STREAM/
        $stdin = /open\s*\(\s*STDIN\s*,\s*["']>&/
        $exec = /exec\s*\(?\s*["']\/bin\/(ba)?sh/
    condition:
        all of them
}

rule revshell_php
{
    meta:
        id = "reverse-shell-php"
        severity = "critical"
        title = "Reverse shell: PHP fsockopen wired to a shell"
    strings:
        $sock = "fsockopen"
        $sh = /(proc_open|exec|shell_exec|system|passthru|popen)\s*\(\s*["']\/bin\/(ba)?sh\s+-i/
        // the shell command kept in a variable and spawned with its pipes
        // wired to the socket (pentestmonkey's php-reverse-shell layout)
        $shvar = /\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=\s*["'][^"'\n]{0,80}\/bin\/(ba)?sh\s+-i["']/
        $spawn = /proc_open\s*\(\s*\$[A-Za-z_]/
        $pipe = "stream_select"
    condition:
        $sock and ($sh or ($shvar and $spawn and $pipe))
}

rule revshell_embedded_base64
{
    meta:
        id = "reverse-shell-embedded"
        severity = "critical"
        title = "Bind/back-connect shell source carried base64-encoded in a web page (dropped and compiled or run by the page)"
    strings:
        // the C and Perl listeners of the r57/c99 family, kept as base64
        // constants; each needle is short enough to sit inside one line of
        // a wrapped base64 block
        $sh1 = "/bin/bash -i" base64
        $sh2 = "/bin/sh -i" base64
        $sh3 = "\"sh -i\"" base64
        $io1 = "dup2(" base64
        $io2 = "open STDIN" base64
        $io3 = "open(STDIN" base64
        // STDOUT dup'ed onto the socket too: a shell run after that talks
        // to the peer whatever command line starts it (no "sh -i" needed)
        $out1 = "open(STDOUT" base64
        $out2 = "open STDOUT" base64
        $net1 = "SOCK_STREAM" base64
        $net2 = "sockaddr_in" base64
        $net3 = "inet_aton" base64
    condition:
        any of ($net*) and any of ($io*) and (any of ($sh*) or any of ($out*))
}
