// PHP webshells: request data reaching a code or command sink.

rule php_eval_request
{
    meta:
        id = "webshell-php-eval"
        severity = "critical"
        title = "PHP webshell: request parameters passed to eval/assert"
    strings:
        // superglobals are case-sensitive in PHP: matching them exactly gives
        // YARA rare atoms ("$_PO", "$_GE") instead of "eval" or "exec"
        $eval = /(eval|assert|EVAL|ASSERT|Eval|Assert)\s*\(\s*(@\s*)?\$_(POST|GET|REQUEST|COOKIE|SERVER)\s*\[/
        $eval_dec = /(eval|assert|EVAL|Eval)\s*\(\s*(@\s*)?(base64_decode|gzinflate|gzuncompress|str_rot13|stripslashes|hex2bin)\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)/
        $create = /create_function\s*\([^)]{0,40}\$_(POST|GET|REQUEST|COOKIE)/
        $varfunc = /\$_(POST|GET|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)/
    condition:
        any of them
}

rule php_exec_request
{
    meta:
        id = "webshell-php-exec"
        severity = "critical"
        title = "PHP webshell: request parameters passed to a shell command function"
    strings:
        // backticks are left to the data-flow analyzer (webshell_php.c),
        // which knows code from the `$_POST['x']` of a doc comment
        $sink = /(system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*(@\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        any of them
}

rule php_obfuscated_eval
{
    meta:
        id = "webshell-php-obfuscated"
        severity = "high"
        title = "PHP code evaluating a decoded, compressed blob (obfuscated webshell loader)"
    strings:
        $a = /eval\s*\(\s*(gzinflate|gzuncompress|gzdecode|str_rot13|strrev)\s*\(\s*(base64_decode|str_rot13|gzinflate)\s*\(/
        $b = /eval\s*\(\s*base64_decode\s*\(\s*['"][A-Za-z0-9+\/=]{200}/
    condition:
        any of them
}

rule php_webshell_kits
{
    meta:
        id = "webshell-php-kit"
        severity = "critical"
        title = "PHP webshell kit (file manager / command console markers)"
    strings:
        $php = "<?php" nocase
        $k1 = "FilesMan"
        $k2 = "c99shell" nocase
        $k3 = "r57shell" nocase
        $k4 = "b374k" nocase
        $k5 = "WSOsetcookie"
        $k6 = "uname -a" nocase
        $k7 = "safe_mode" nocase
        $k8 = "$_FILES" nocase
        $k9 = "move_uploaded_file" nocase
    condition:
        $php and (any of ($k1, $k2, $k3, $k4, $k5) and 2 of ($k6, $k7, $k8, $k9))
}

rule php_mail_beacon
{
    meta:
        id = "webshell-php-beacon"
        severity = "high"
        title = "PHP backdoor beacon: the page mails where it is installed (document root, script path, referer) to a fixed address"
    strings:
        // the planted reporter of many shell kits: a mail() whose body is
        // the server's own location, sent to an address written in the file
        $mail = /\bmail\s*\(/
        $to = /["'][A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,10}["']/
        $k1 = /\$_SERVER\s*\[\s*["']DOCUMENT_ROOT["']\s*\]/
        $k2 = /\$_SERVER\s*\[\s*["']SCRIPT_FILENAME["']\s*\]/
        $k3 = /\$_SERVER\s*\[\s*["']PATH_TRANSLATED["']\s*\]/
        $k4 = /\$_SERVER\s*\[\s*["']HTTP_REFERER["']\s*\]/
        $k5 = /\$_SERVER\s*\[\s*["']SERVER_ADDR["']\s*\]/
    condition:
        $mail and $to and 4 of ($k*) and
        // the keys gathered in one place, not spread over a whole application
        for any i in (1..#k2) : ($k1 in (@k2[i] - 300 .. @k2[i] + 300) and $k3 in (@k2[i] - 300 .. @k2[i] + 300))
}

rule php_config_harvester
{
    meta:
        id = "webshell-php-config-harvester"
        severity = "high"
        title = "PHP credential harvester: walks every account's public_html for configuration files and tries the passwords found"
    strings:
        $passwd = "/etc/passwd"
        $home = "public_html"
        $c1 = "wp-config.php"
        $c2 = "config.inc.php"
        $c3 = "configuration.php"
        $try1 = /\bftp_login\s*\(/
        $try2 = /\bmysql_connect\s*\(/
    condition:
        $passwd and $home and 2 of ($c*) and any of ($try*)
}

rule php_curl_file_scheme
{
    meta:
        id = "webshell-php-curl-file-read"
        severity = "high"
        title = "PHP safe_mode/open_basedir bypass: cURL pointed at a file: URL reads local files"
    strings:
        // PHP's cURL ignored open_basedir for file:// URLs; shells use it to
        // read /etc/passwd and other sites' configs
        $init = /curl_init\s*\(\s*["']file:/
        $opt = /CURLOPT_URL\s*,\s*["']file:/
    condition:
        any of them
}

rule php_non_alphanumeric_call
{
    meta:
        id = "webshell-php-nonalnum"
        severity = "critical"
        title = "PHP code written without letters calling the function it assembles (non-alphanumeric webshell)"
        remediation = "Remove the file: PHP that builds names by XOR of characters of \"Array\" and digits, then calls $_[..]($_[..]), is a disguised command or code runner."
    strings:
        // the technique: "Array" (an array used as a string) and digits
        // XOR-ed into "_GET", a variable variable ${..} turning that into
        // the superglobal, and a call of one of its elements on another
        $call = /\$_+\[[^\]\n]{0,24}\]\s*\(\s*\$_+\[/
        $xor = /\]\s*\)?\s*\^\s*\(?\s*\$_+\[/
        $varvar = /\$\{_+\}|\$\s*\$_+\[/
        $php = "<?"
    condition:
        $php and $call and #xor >= 2 and $varvar
}

rule php_mysql_dumpfile_request
{
    meta:
        id = "webshell-php-sql-dumpfile"
        severity = "critical"
        title = "PHP page writing request text into a file through MySQL SELECT ... INTO DUMPFILE (MOF/UDF drop)"
        remediation = "Remove the file: a page that sends request-built SELECT ... INTO DUMPFILE queries makes the database server write attacker-chosen bytes to an attacker-chosen path (a Windows MOF or a UDF library that then runs commands)."
    strings:
        // INTO DUMPFILE writes one row's raw bytes to a server path: the
        // way a MySQL account becomes a file (and then command) writer;
        // backups and exports use INTO OUTFILE, which is not matched
        $dump = /into\s+dumpfile/ nocase
        $req = /\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $query = /(mysql_query|mysqli_query|->query)\s*\(/
    condition:
        $dump and $req and $query
}

rule php_exec_requester_socket
{
    meta:
        id = "webshell-php-requester-socket-shell"
        severity = "critical"
        title = "PHP page running a program with the requester's own address and port (findsock: a shell attached to the visitor's HTTP connection)"
        remediation = "Remove the file and the program it runs: handing REMOTE_ADDR and REMOTE_PORT to a command lets that program find the visitor's TCP connection and attach a shell to it."
    strings:
        // the client's source port identifies its connection to the web
        // server; no legitimate command line needs it
        $exec = /(system|passthru|shell_exec|exec|popen|proc_open)\s*\([^;]{0,200}\$_SERVER\s*\[\s*["']REMOTE_ADDR["']\s*\][^;]{0,200}\$_SERVER\s*\[\s*["']REMOTE_PORT["']/
    condition:
        $exec
}

rule php_zlib_wrapper_copy_request
{
    meta:
        id = "webshell-php-zlib-copy-read"
        severity = "high"
        title = "PHP safe_mode bypass: copy() from compress.zlib:// of a request-chosen path reads local files"
        remediation = "Remove the file: PHP 4.4.2/5.1.2 did not apply safe_mode and open_basedir to the compress.zlib:// wrapper, so copy(\"compress.zlib://\".$file, $tmp) of a requested path is a file reader for other users' files."
    strings:
        // the wrapper glued in front of a variable as copy()'s source; a
        // page that also reads the request chooses that variable
        $copy = /copy\s*\(\s*["']compress\.zlib:\/\/["']\s*\.\s*\$/
        $req = /\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $copy and $req
}

rule php_remoteview_family
{
    meta:
        id = "webshell-php-remoteview"
        severity = "high"
        title = "PHP Remote View (remview): a web file manager with PHP eval and shell command panels"
        remediation = "Remove the file: PHP Remote View (php.spb.ru/remview) gives whoever reaches the page a file browser and editor, eval() of posted PHP and system() of posted commands; its switches $phpeval_access and $system_access turn them on. Copies of it in webshell collections are often cut short before those panels, so its own markers are matched."
    strings:
        // the program's own settings and home page; an application never
        // carries both switches
        $home = "php.spb.ru/remview"
        $eval_switch = /\$phpeval_access\s*=\s*(true|1)/
        $system_switch = /\$system_access\s*=\s*(true|1)/
    condition:
        $home or ($eval_switch and $system_switch)
}
