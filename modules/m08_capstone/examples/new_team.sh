# Make the team's repository next to the course, then pull its data.
# ES: Crear el repositorio del equipo junto al curso y traer sus datos.
.venv/bin/puente capstone new "../Equipo Cóndor" --name "Equipo Cóndor"
cd "../Equipo Cóndor" && make data
