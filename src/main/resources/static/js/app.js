// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
    // Move focus to the error summary so screen reader and keyboard users land on it.
    const summary = document.querySelector('[data-autofocus]');
    if (summary) {
        summary.focus();
    }
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
    };
    if (choices.length > 1) {
        choices.forEach((c) => c.addEventListener('change', showChosen));
        showChosen();
    }
});
