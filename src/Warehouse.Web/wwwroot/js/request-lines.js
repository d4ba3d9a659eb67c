// "Add line" on the request form: a copy of the first line, emptied and numbered next.
document.getElementById('add-line').addEventListener('click', () => {
    const body = document.querySelector('#request-lines tbody');
    const i = body.rows.length;
    const row = body.rows[0].cloneNode(true);
    row.querySelectorAll('input').forEach(input => { input.value = ''; input.name = input.name.replace(/\[\d+\]/, `[${i}]`); });
    body.append(row);
});
