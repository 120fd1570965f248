// Downloads a file fetched by the portal (the CSV exports): the browser keeps the session cookie.
window.rafaelTelecharger = function (url) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
};

// The skip link moves the focus, not only the scroll, to the page's content, so that the next Tab starts there.
// Captured before Blazor's router, which would only scroll to the fragment.
window.addEventListener('click', function (e) {
  const lien = e.target instanceof Element ? e.target.closest('a.lien-evitement') : null;
  if (!lien) {
    return;
  }
  e.preventDefault();
  e.stopPropagation();
  const contenu = document.getElementById('contenu');
  if (contenu) {
    const cible = contenu.querySelector('h1') || contenu;
    if (!cible.hasAttribute('tabindex')) {
      cible.setAttribute('tabindex', '-1');
    }
    cible.focus();
  }
}, true);
