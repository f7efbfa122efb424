// JSP webshells: request parameters reaching Runtime.exec / ProcessBuilder,
// and the class-loader shells that decrypt and define classes sent by the
// client.

rule jsp_exec_request
{
    meta:
        id = "webshell-jsp-exec"
        severity = "critical"
        title = "JSP webshell: request parameter executed as a command"
    strings:
        $rt = /Runtime\s*\.\s*getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(\s*request\s*\.\s*getParameter/
        $pb = /new\s+ProcessBuilder\s*\([^;]{0,120}request\s*\.\s*getParameter/
        $rt2 = /\.exec\s*\(\s*new\s+String\s*\[\s*\]\s*\{[^}]{0,80}request\s*\.\s*getParameter/
    condition:
        any of them
}

rule jsp_classloader_shell
{
    meta:
        id = "webshell-jsp-classloader"
        severity = "critical"
        title = "JSP webshell: defines classes received in the request (encrypted payload loader)"
    strings:
        $tag = "<%"
        $define = "defineClass"
        $loader = "ClassLoader"
        $crypto = "javax.crypto"
        $req1 = "request.getReader"
        $req2 = "request.getParameter"
        $req3 = "request.getInputStream"
    condition:
        $tag and $define and $loader and $crypto and any of ($req*)
}
