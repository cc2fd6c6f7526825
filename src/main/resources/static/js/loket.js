// Keyboard shortcuts at the loket: Alt+N takes the booking's next step, Alt+L marks all documents complete.
// Without this script the buttons' accesskey attributes do the same (Alt+N in Chrome and Edge, Alt+Shift+N in
// Firefox). With it the script handles the keys in every browser, so it removes the accesskeys: otherwise a
// browser that honours both would click twice. The search box keeps the focus for the scanner throughout.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-shortcut]').forEach((button) => button.removeAttribute('accesskey'));
    let sent = false;
    document.addEventListener('keydown', (event) => {
        if (!event.altKey || event.ctrlKey || event.metaKey || event.repeat || sent) {
            return;
        }
        // event.code names the key whatever the layout and modifiers make of it (Option+N on a Mac types "˜").
        const letter = event.code && event.code.startsWith('Key')
            ? event.code.substring(3).toLowerCase() : String(event.key).toLowerCase();
        const button = document.querySelector(`button[data-shortcut="${letter}"]`);
        if (button && !button.disabled) {
            event.preventDefault();
            sent = true;
            button.click();
        }
    });
});
