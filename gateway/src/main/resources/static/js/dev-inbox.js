"use strict";

(function () {
  const list = document.getElementById("messages");
  const status = document.getElementById("etat");
  const refresh = document.getElementById("actualiser");
  const channels = { SMS: "SMS", EMAIL: "Courriel" };
  const dates = new Intl.DateTimeFormat("fr-FR", { dateStyle: "full", timeStyle: "medium" });

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function render(message) {
    const item = element("li");
    const channel = channels[message.channel] || message.channel;
    item.appendChild(element("h2", channel + " à " + message.to));
    const sentAt = message.sentAt ? dates.format(new Date(message.sentAt)) : "date inconnue";
    const kind = message.kind ? " – " + message.kind : "";
    item.appendChild(element("p", "Envoyé le " + sentAt + kind, "meta"));
    if (message.subject) {
      item.appendChild(element("p", "Objet : " + message.subject));
    }
    item.appendChild(element("pre", message.body));
    return item;
  }

  async function problemDetail(response) {
    try {
      const problem = await response.json();
      return problem.detail || problem.title;
    } catch (e) {
      return "erreur " + response.status;
    }
  }

  async function load() {
    status.textContent = "Chargement des messages…";
    try {
      const response = await fetch("/api/notifications/dev-inbox", { headers: { Accept: "application/json" } });
      if (!response.ok) {
        status.textContent = "Impossible de charger les messages : " + (await problemDetail(response));
        return;
      }
      const messages = await response.json();
      list.replaceChildren(...messages.map(render));
      status.textContent = messages.length === 0
        ? "Aucun message pour l'instant."
        : messages.length + (messages.length === 1 ? " message." : " messages.");
    } catch (e) {
      status.textContent = "Impossible de joindre la passerelle. Vérifiez que Créneau est démarré.";
    }
  }

  refresh.addEventListener("click", load);
  load();
})();
