// Self-check pages: choosing an option shows its explanation (no server; see hooks/teaching.py).
document.addEventListener("change", (event) => {
  const input = event.target;
  const form = input.closest && input.closest(".puente-question");
  if (!form || input.type !== "radio") return;
  const why = form.querySelector(`.puente-why[data-option="${input.value}"]`);
  const feedback = form.querySelector(".puente-feedback");
  feedback.textContent = why ? why.textContent : "";
  feedback.dataset.correct = input.dataset.correct;
});
