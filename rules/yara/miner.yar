// Cryptocurrency miners: pool URLs (stratum), XMRig binaries and configs,
// well-known pool host names next to mining options.

rule miner_stratum_url
{
    meta:
        id = "cryptominer-pool-url"
        severity = "high"
        title = "Cryptominer: stratum mining-pool URL"
    strings:
        $s = /stratum(\+|%2B)(tcp|ssl|tls|ws):\/\/[A-Za-z0-9.\-]{3,80}(:[0-9]{2,5})?/ nocase
    condition:
        $s
}

rule miner_xmrig
{
    meta:
        id = "cryptominer-xmrig"
        severity = "high"
        title = "Cryptominer: XMRig miner or configuration"
    strings:
        $x1 = "xmrig" nocase
        $c1 = "\"donate-level\""
        $c2 = "randomx" nocase
        $c3 = "cryptonight" nocase
        $c4 = "\"coin\":"
        $c5 = "--donate-level"
        $c6 = "\"pools\":"
    condition:
        $x1 and 2 of ($c*)
}

rule miner_pool_hosts
{
    meta:
        id = "cryptominer-pool-host"
        severity = "high"
        title = "Cryptominer: mining-pool host with mining options"
    strings:
        $p1 = "supportxmr.com" nocase
        $p2 = "minexmr.com" nocase
        $p3 = "moneroocean.stream" nocase
        $p4 = "hashvault.pro" nocase
        $p5 = "c3pool.com" nocase
        $p6 = "nanopool.org" nocase
        $p7 = "minergate.com" nocase
        $p8 = "f2pool.com" nocase
        $p9 = "2miners.com" nocase
        $p10 = "herominers.com" nocase
        $p11 = "ethermine.org" nocase
        $p12 = "nicehash.com" nocase
        $o1 = "stratum+" nocase   // the URL scheme, not any word (HSTS domain lists name "stratum..." hosts)
        $o2 = "\"pools\""
        $o3 = "donate-level"
        $o4 = "--coin"
        $o5 = "--coin="
        $o6 = "\"rig-id\""
        $o7 = "--rig-id"
    condition:
        any of ($p*) and any of ($o*)
}
