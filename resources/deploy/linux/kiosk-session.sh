#!/bin/sh
# The one client of the cage compositor: turns the screen as /etc/default/madoguchi says, then
# becomes Madoguchi (exec: cage ends when Madoguchi ends, and systemd restarts the unit).
# The rotation is applied before the app's window opens (cage no longer has a -r switch; it
# speaks the wlr-output-management protocol that wlr-randr uses).
if [ -n "$MADOGUCHI_OUTPUT" ] && [ "${MADOGUCHI_TRANSFORM:-normal}" != normal ] && command -v wlr-randr >/dev/null; then
  wlr-randr --output "$MADOGUCHI_OUTPUT" --transform "$MADOGUCHI_TRANSFORM" || echo "madoguchi: could not rotate $MADOGUCHI_OUTPUT" >&2
fi
# shellcheck disable=SC2086 # MADOGUCHI_ARGS is a list of switches
exec /opt/Madoguchi/madoguchi --ozone-platform=wayland $MADOGUCHI_ARGS
