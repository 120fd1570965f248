// Downloads a file fetched by the portal (the CSV exports): the browser keeps the session cookie.
window.rafaelTelecharger = function (url) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
};
