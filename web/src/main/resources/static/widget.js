// Créneau's embeddable widget. A commune pastes, where the booking should appear on its own site:
//   <div data-creneau-commune="villeneuve" data-color="#005a9c" data-logo="https://www.villeneuve.fr/logo.png"></div>
//   <script src="https://rdv.example.fr/widget.js" async></script>
// The booking pages open inside, in the commune's colours and with its logo, and the frame grows with its content.
(function () {
  "use strict";
  const script = document.currentScript;
  const origin = new URL(script.src).origin;
  document.querySelectorAll("[data-creneau-commune]").forEach((host) => {
    const query = new URLSearchParams({ embed: "1" });
    if (host.dataset.color) query.set("color", host.dataset.color);
    if (host.dataset.logo) query.set("logo", host.dataset.logo);
    if (host.dataset.lang) query.set("lang", host.dataset.lang);
    const frame = document.createElement("iframe");
    frame.src = origin + "/c/" + encodeURIComponent(host.dataset.creneauCommune) + "?" + query;
    frame.title = host.dataset.title || "Prise de rendez-vous en ligne";
    frame.style.cssText = "width:100%;border:0;min-height:480px;display:block";
    frame.setAttribute("loading", "lazy");
    host.replaceChildren(frame);
    window.addEventListener("message", (event) => {
      if (event.origin === origin && event.source === frame.contentWindow && event.data
          && event.data.type === "creneau:height") {
        frame.style.height = Math.ceil(event.data.height) + "px";
      }
    });
  });
})();
