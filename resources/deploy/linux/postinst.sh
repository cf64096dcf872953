#!/bin/sh
# Run by dpkg after the Madoguchi .deb is unpacked (electron-builder's deb.afterInstall).
# Creates the unprivileged kiosk user and the machine's data folder; starts nothing itself — the
# technician enables the kiosk unit when the terminal is configured (docs/deploy.md).
set -e

# The unprivileged account the kiosk runs as: no password, no login shell, in the groups a Wayland
# compositor on the console needs (the DRM device, input devices, the console).
if ! getent passwd madoguchi >/dev/null; then
  adduser --system --group --home /var/lib/madoguchi --no-create-home --shell /usr/sbin/nologin \
    --gecos "Madoguchi kiosk" madoguchi
fi
for group in video render input tty; do
  if getent group "$group" >/dev/null; then
    adduser madoguchi "$group" >/dev/null
  fi
done

# One data folder for the machine: the database, config.json, audit.key, logs, mail files.
# Only the kiosk user (and root) may read it.
install -d -o madoguchi -g madoguchi -m 0750 /var/lib/madoguchi

# madoguchi-admin: the installed executable in admin mode, as the kiosk user (deploy/linux/).
ln -sf /opt/Madoguchi/resources/deploy/linux/madoguchi-admin /usr/bin/madoguchi-admin

# The unit is installed but not enabled: a counter PC with a desktop runs Madoguchi from its menu.
install -m 0644 /opt/Madoguchi/resources/deploy/linux/madoguchi-kiosk.service /etc/systemd/system/madoguchi-kiosk.service
if [ ! -e /etc/default/madoguchi ]; then
  install -m 0644 /opt/Madoguchi/resources/deploy/linux/madoguchi.default /etc/default/madoguchi
fi
if command -v systemctl >/dev/null; then
  systemctl daemon-reload || true
fi
exit 0
