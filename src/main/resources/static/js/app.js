// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
    // Move focus to the error summary so screen reader and keyboard users land on it.
    const summary = document.querySelector('[data-autofocus]');
    if (summary) {
        summary.focus();
        // GOV.UK's error summary: a link focuses its field but scrolls so that the field's label (or legend),
        // hint and message stay in view, instead of the browser putting the bare input at the top of the screen.
        summary.addEventListener('click', (event) => {
            const link = event.target.closest('a[href^="#"]');
            const input = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
            if (!input) {
                return;
            }
            event.preventDefault();
            const field = input.closest('.field') || input.closest('fieldset') || input;
            field.scrollIntoView({ block: 'start' });
            input.focus({ preventScroll: true });
        });
    }
    // The printable pass gets a print button; without this script the page says to use the browser's menu.
    document.querySelectorAll('[data-print]').forEach((button) => {
        button.hidden = false;
        button.addEventListener('click', () => window.print());
        document.querySelectorAll('[data-print-hint]').forEach((hint) => { hint.hidden = true; });
    });
    // A second click on submit while the first is on its way does nothing (the server is idempotent too).
    document.querySelectorAll('form[data-once]').forEach((form) => {
        form.addEventListener('submit', (event) => {
            if (form.dataset.sent) {
                event.preventDefault();
                return;
            }
            form.dataset.sent = 'true';
            form.querySelectorAll('button[type=submit]').forEach((b) => b.setAttribute('aria-disabled', 'true'));
        });
    });
    // Show only the documents for the chosen collector; without this script all lists stay visible.
    const choices = document.querySelectorAll('input[data-collector-choice]');
    const lists = document.querySelectorAll('[data-collector]');
    const showChosen = () => {
        const chosen = document.querySelector('input[data-collector-choice]:checked');
        lists.forEach((list) => {
            list.hidden = chosen != null && list.dataset.collector !== chosen.value;
        });
        // The collector's name only when someone else collects (a name already refused stays in view).
        document.querySelectorAll('[data-collector-name]').forEach((field) => {
            field.hidden = chosen != null && chosen.value === 'SELF' && !field.querySelector('.field-error');
        });
    };
    if (choices.length > 1) {
        choices.forEach((c) => c.addEventListener('change', showChosen));
        showChosen();
    }
});
