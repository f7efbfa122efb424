// ASP / ASP.NET webshells: the classic one-liners (<%eval request("x")%>)
// and request data handed to Process.Start or the JScript eval.

rule asp_eval_request
{
    meta:
        id = "webshell-asp-eval"
        severity = "critical"
        title = "ASP webshell: request data evaluated (eval/execute request)"
    strings:
        $a = /<%\s*(eval|execute|executeglobal)\s*\(?\s*request\s*(\.\s*(item|form|querystring))?\s*[\(\[]/ nocase
        $b = /\b(eval|execute|executeglobal)\s*\(\s*request\s*(\.\s*(item|form|querystring))?\s*\(\s*["'][^"']{1,40}["']\s*\)\s*\)/ nocase
    condition:
        any of them
}

rule aspx_eval_request
{
    meta:
        id = "webshell-aspx-eval"
        severity = "critical"
        title = "ASP.NET webshell: request data evaluated or run as a process"
    strings:
        $jscript = /eval\s*\(\s*Request\s*(\.\s*(Item|Form|QueryString|Params))?\s*\[/ nocase
        $proc = /Process\s*\.\s*Start\s*\([^;]{0,160}Request\s*\.\s*(Form|QueryString|Item|Params)/ nocase
        $psi = /ProcessStartInfo\s*\([^;]{0,40}cmd\.exe[^;]{0,200}Request\s*\.\s*(Form|QueryString|Item|Params)/ nocase
    condition:
        any of them
}
