// Persistence and backdoors: scheduled or login-time downloads executed
// blind, SSH keys planted for whoever built the image, EICAR variants.

rule cron_download_exec
{
    meta:
        id = "backdoor-cron-download-exec"
        severity = "critical"
        title = "Backdoor: scheduled task downloads a script and runs it"
    strings:
        $pipe = /(curl|wget)\s[^\n|]{0,200}\|\s*(\/bin\/|\/usr\/bin\/)?(ba)?sh\b/
        $subst = /(ba)?sh\s+(-c\s+)?["']?\$\(\s*(curl|wget)\s/
        $dl_run = /(curl|wget)\s[^\n;&]{0,200}(-o|-O|>)\s*\/(tmp|var\/tmp|dev\/shm)\/[^\n;&]{1,80}(;|&&)\s*(chmod\s+\+?[0-7x]+\s+\/(tmp|var\/tmp|dev\/shm)\/\S+\s*(;|&&)\s*)?(\/bin\/)?(ba)?sh?\s*\/?(tmp|var\/tmp|dev\/shm)?/
    condition:
        (filepath matches /^(etc\/(crontab|cron\.[a-z]+\/|crontabs\/|anacrontab)|var\/spool\/cron\/)/) and any of them
}

rule login_script_download_exec
{
    meta:
        id = "backdoor-startup-download-exec"
        severity = "critical"
        title = "Backdoor: startup or login script downloads a script and runs it"
    strings:
        $pipe = /(curl|wget)\s[^\n|]{0,200}\|\s*(\/bin\/|\/usr\/bin\/)?(ba)?sh\b/
        $subst = /(ba)?sh\s+(-c\s+)?["']?\$\(\s*(curl|wget)\s/
    condition:
        (filepath matches /^(etc\/(rc\.local|profile|bash\.bashrc|bashrc|init\.d\/|profile\.d\/|systemd\/system\/)|root\/\.(bashrc|profile|bash_profile)|home\/[^\/]+\/\.(bashrc|profile|bash_profile))/) and any of them
}

rule ssh_key_injection
{
    meta:
        id = "backdoor-ssh-key-injection"
        severity = "critical"
        title = "Backdoor: script appends an SSH public key to authorized_keys"
    strings:
        $a = /(echo|printf)\s+["']?(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]+)\s+AAAA[A-Za-z0-9+\/=]{40,}[^\n]{0,200}>>\s*\S*authorized_keys/
    condition:
        $a
}

rule ssh_authorized_keys_in_image
{
    meta:
        id = "ssh-authorized-keys-planted"
        severity = "medium"
        title = "SSH authorized_keys shipped in the image (whoever holds the key can log in)"
        remediation = "Do not bake authorized_keys into images; inject keys at deploy time, and check who owns this key."
    strings:
        $k = /(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp[0-9]{3}|sk-ssh-ed25519@openssh\.com) AAAA/
    condition:
        (filename == "authorized_keys" or filename == "authorized_keys2") and $k
}

rule eicar_test_file
{
    meta:
        id = "eicar-test-file"
        severity = "low"
        title = "EICAR anti-malware test file"
        remediation = "Remove the test file; it is harmless but shows the image was used to test scanners."
    strings:
        $e = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!"
    condition:
        $e and filesize < 256
}

rule bind_shell_elf
{
    meta:
        id = "backdoor-bind-shell"
        severity = "critical"
        title = "Bind shell: a small program that listens on a port and hands the connection to a shell"
        remediation = "Remove the program and find the build step that added it; a listening shell is a backdoor into every container of the image."
    strings:
        // dynamic symbol names, NUL-delimited in .dynstr
        $bind = "\x00bind\x00"
        $listen = "\x00listen\x00"
        $accept = /\x00accept4?\x00/
        $dup2 = "\x00dup2\x00"
        $exec = /\x00(execve|execl|execlp|execv|execvp|system)\x00/
        $sh = /\/bin\/(ba)?sh\x00/
    condition:
        // no small program on a Debian 12 system has all of these
        uint32(0) == 0x464c457f and filesize < 200KB and all of them
}
