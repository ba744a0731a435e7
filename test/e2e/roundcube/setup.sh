#!/usr/bin/env bash
# A real, local Roundcube 1.6 (Debian) + Dovecot 2.3 for the Roundcube e2e test. Run as root (CI).
# Idempotent: a second run only restarts what is not answering. Nothing listens beyond 127.0.0.1.
#
#   sudo test/e2e/roundcube/setup.sh            # install, configure, start
#   sudo test/e2e/roundcube/setup.sh --stop     # stop the servers it started
#   sudo test/e2e/roundcube/setup.sh --install-only   # only the Debian packages (CI's apt step)
#
# It writes $HL_RC_DIR/env (KEY=value lines) that roundcube.e2e.test.ts reads: the web URL, the IMAP
# port, the test user and the doveadm command used to seed messages. The mailbox starts empty: the
# test signs and saves its own messages (its DKIM key is made in the test, its DNS is the test's DoH).
set -euo pipefail

DIR="${HL_RC_DIR:-/tmp/headerlens-roundcube}"
RC_USER=alice
RC_PASS=alice-test-password
# Debian's authserv-id in Dovecot-delivered mail is our choice: the messages the test saves carry
# `Authentication-Results: mx.headerlens.test; ...` lines, trusted only when the site says so.
free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ "${1:-}" == "--stop" ]]; then
  # php runs in its own session (setsid): its process group id is the pid we saved.
  [[ -f "$DIR/php.pid" ]] && kill -- "-$(cat "$DIR/php.pid")" 2>/dev/null || true
  [[ -f "$DIR/run/master.pid" ]] && kill "$(cat "$DIR/run/master.pid")" 2>/dev/null || true
  rm -f "$DIR/php.pid"
  exit 0
fi

if [[ $EUID -ne 0 ]]; then echo "setup.sh must run as root (apt-get, dovecot, www-data)" >&2; exit 1; fi

# 1. Packages (about 40 s the first time). dbconfig-common would otherwise ask for a database: our
#    own config below points at an SQLite file that Roundcube creates on first use.
if ! dpkg -s roundcube-core roundcube-sqlite3 dovecot-imapd php-cli >/dev/null 2>&1; then
  echo 'roundcube-core roundcube/dbconfig-install boolean false' | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    dovecot-imapd roundcube-core roundcube-sqlite3 php-cli >/dev/null
fi

[[ "${1:-}" == "--install-only" ]] && exit 0

mkdir -p "$DIR"/{mail,home,run,state,rc-config,rc-db,rc-temp,rc-logs}
touch "$DIR/env"
# shellcheck disable=SC1091
source "$DIR/env"
IMAP_PORT="${IMAP_PORT:-$(free_port)}"
WEB_PORT="${WEB_PORT:-$(free_port)}"

# 2. Dovecot with its own config: Debian's default wants a TLS certificate. Plain IMAP on loopback,
#    one passwd-file user whose mail lives in a Maildir owned by the `mail` system user (uid 8).
cat >"$DIR/users" <<EOF
$RC_USER:{PLAIN}$RC_PASS:8:8::$DIR/home/$RC_USER
EOF
cat >"$DIR/dovecot.conf" <<EOF
protocols = imap
listen = 127.0.0.1
base_dir = $DIR/run
state_dir = $DIR/state
log_path = $DIR/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 8
last_valid_uid = 8
mail_location = maildir:$DIR/mail/%u
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $DIR/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
chown -R mail:mail "$DIR/mail" "$DIR/home"
chmod 755 "$DIR"

if ! listening "$IMAP_PORT"; then
  [[ -f "$DIR/run/master.pid" ]] && kill "$(cat "$DIR/run/master.pid")" 2>/dev/null && sleep 0.5 || true
  dovecot -c "$DIR/dovecot.conf" </dev/null >>"$DIR/dovecot.out" 2>&1
fi

# 3. Roundcube: its own config folder (ROUNDCUBE_CONFIG_DIR) so /etc/roundcube stays untouched.
ln -sf /etc/roundcube/defaults.inc.php "$DIR/rc-config/defaults.inc.php"
ln -sf /etc/roundcube/mimetypes.php "$DIR/rc-config/mimetypes.php"
cat >"$DIR/rc-config/config.inc.php" <<EOF
<?php
\$config = [];
\$config['db_dsnw'] = 'sqlite:///$DIR/rc-db/roundcube.db?mode=0640';
\$config['imap_host'] = '127.0.0.1:$IMAP_PORT';
\$config['smtp_host'] = '';
\$config['des_key'] = 'headerlens-e2e-key-24ch!';
\$config['plugins'] = [];
\$config['skin'] = 'elastic';
\$config['temp_dir'] = '$DIR/rc-temp/';
\$config['log_dir'] = '$DIR/rc-logs/';
\$config['login_rate_limit'] = 0;
\$config['enable_spellcheck'] = false;
\$config['enable_installer'] = false;
\$config['support_url'] = '';
\$config['product_name'] = 'Roundcube Webmail';
// Tests log in over plain http on 127.0.0.1.
\$config['use_https'] = false;
\$config['session_lifetime'] = 60;
EOF
chown -R www-data:www-data "$DIR/rc-db" "$DIR/rc-temp" "$DIR/rc-logs"
chgrp www-data "$DIR/rc-config/config.inc.php"
chmod 640 "$DIR/rc-config/config.inc.php"

if ! listening "$WEB_PORT"; then
  [[ -f "$DIR/php.pid" ]] && kill -- "-$(cat "$DIR/php.pid")" 2>/dev/null || true
  # Output redirected, or the server would hold the caller's pipe open (STYLE.md). runuser resets
  # the environment, hence `env` after it.
  setsid runuser -u www-data -- \
    env ROUNDCUBE_CONFIG_DIR="$DIR/rc-config" \
    php -S "127.0.0.1:$WEB_PORT" -t /var/lib/roundcube/public_html \
    </dev/null >>"$DIR/php.log" 2>&1 &
  echo $! >"$DIR/php.pid"
fi

for _ in $(seq 1 50); do
  listening "$IMAP_PORT" && listening "$WEB_PORT" && break
  sleep 0.1
done
listening "$IMAP_PORT" || { echo "dovecot did not start: see $DIR/dovecot.log" >&2; exit 1; }
listening "$WEB_PORT" || { echo "php -S did not start: see $DIR/php.log" >&2; exit 1; }

cat >"$DIR/env" <<EOF
IMAP_PORT=$IMAP_PORT
WEB_PORT=$WEB_PORT
RC_URL=http://127.0.0.1:$WEB_PORT
RC_USER=$RC_USER
RC_PASS=$RC_PASS
DOVECOT_CONF=$DIR/dovecot.conf
MAILDIR=$DIR/mail/$RC_USER
EOF
chmod 644 "$DIR/env"
echo "Roundcube on http://127.0.0.1:$WEB_PORT (IMAP 127.0.0.1:$IMAP_PORT, user $RC_USER); env in $DIR/env"
