<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>The network could not be loaded: %1</source>
        <translation>No se pudo cargar la red: %1</translation>
    </message>
    <message>
        <source>the engine refused “%1”: %2</source>
        <translation>el motor rechazó «%1»: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisActions</name>
    <message>
        <source>Candidates</source>
        <translation>Candidatas</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <source>Analyse the position on the board continuously</source>
        <translation>Analizar sin parar la posición del tablero</translation>
    </message>
    <message>
        <source>&amp;Engine Policy</source>
        <translation>Política del &amp;motor</translation>
    </message>
    <message>
        <source>Heatmap of the engine&apos;s policy network</source>
        <translation>Mapa de calor de la red de política del motor</translation>
    </message>
    <message>
        <source>&amp;Human Policy</source>
        <translation>Política &amp;humana</translation>
    </message>
    <message>
        <source>Heatmap of the human-policy network: where people would play</source>
        <translation>Mapa de calor de la red de política humana: dónde jugaría una persona</translation>
    </message>
    <message>
        <source>Engine and Human &amp;Split</source>
        <translation>Motor y humano &amp;divididos</translation>
    </message>
    <message>
        <source>Both policies at once: engine on the left half of each point, human on the right</source>
        <translation>Las dos políticas a la vez: el motor en la mitad izquierda de cada punto y la humana en la derecha</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Candidatas</translation>
    </message>
    <message>
        <source>Candidate moves with winrate and visits; hover one for its variation</source>
        <translation>Jugadas candidatas con probabilidad de victoria y visitas; pasa el ratón por una para ver su variante</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>&amp;Propiedad</translation>
    </message>
    <message>
        <source>Who owns each point at the end (territory)</source>
        <translation>De quién es cada punto al final (territorio)</translation>
    </message>
    <message>
        <source>&amp;Surprise Marker</source>
        <translation>Marca de &amp;sorpresa</translation>
    </message>
    <message>
        <source>Mark the engine&apos;s top move when humans would rarely play it (a move-37 moment)</source>
        <translation>Marcar la jugada preferida del motor cuando una persona rara vez la jugaría (un momento «jugada 37»)</translation>
    </message>
    <message>
        <source>Engine &amp;Settings…</source>
        <translation>&amp;Ajustes del motor…</translation>
    </message>
    <message>
        <source>Network, human-policy network, threads and visits</source>
        <translation>Red, red de política humana, hilos y visitas</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Aná&amp;lisis</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Analysis engine: %1</source>
        <translation>Motor de análisis: %1</translation>
    </message>
    <message>
        <source>Analysis engine</source>
        <translation>Motor de análisis</translation>
    </message>
    <message>
        <source>Engine settings saved.</source>
        <translation>Ajustes del motor guardados.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 visitas</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · B %1%</source>
        <translation> · N %1%</translation>
    </message>
    <message>
        <source> · surprise %1: human %2%</source>
        <translation> · sorpresa %1: humano %2%</translation>
    </message>
</context>
<context>
    <name>m37::ui::AnalysisWorker</name>
    <message>
        <source>network %1</source>
        <translation>red %1</translation>
    </message>
    <message>
        <source>Could not load the network %1; analysing with light rollouts instead.</source>
        <translation>No se pudo cargar la red %1; se analiza con simulaciones ligeras.</translation>
    </message>
    <message>
        <source>light rollouts (no network)</source>
        <translation>simulaciones ligeras (sin red)</translation>
    </message>
    <message>
        <source>human policy %1</source>
        <translation>política humana %1</translation>
    </message>
    <message>
        <source>Could not load the human-policy network %1; no human policy shown.</source>
        <translation>No se pudo cargar la red de política humana %1; no se muestra la política humana.</translation>
    </message>
    <message>
        <source>light rollouts on boards other than %1×%1</source>
        <translation>simulaciones ligeras en tableros que no sean de %1×%1</translation>
    </message>
</context>
<context>
    <name>m37::ui::AppTranslator</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>m37::ui::Autosaver</name>
    <message>
        <source>An untitled game</source>
        <translation>Una partida sin título</translation>
    </message>
    <message>
        <source>Restore unsaved game?</source>
        <translation>¿Restaurar la partida no guardada?</translation>
    </message>
    <message>
        <source>move37 did not exit cleanly last time. %1 had unsaved changes (autosaved %2).
Restore it?</source>
        <translation>move37 no se cerró correctamente la última vez. %1 tenía cambios sin guardar (guardado automático: %2).
¿Restaurarla?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>m37::ui::CandidatesModel</name>
    <message>
        <source>Winrate of the side to move after this move</source>
        <translation>Probabilidad de victoria del bando que juega tras esta jugada</translation>
    </message>
    <message>
        <source>Score lead of the side to move, in points</source>
        <translation>Ventaja en puntos del bando que juega</translation>
    </message>
    <message>
        <source>The engine&apos;s prior (network policy)</source>
        <translation>Probabilidad a priori del motor (política de la red)</translation>
    </message>
    <message>
        <source>How likely a human would play it (human-policy network)</source>
        <translation>Probabilidad de que una persona la juegue (red de política humana)</translation>
    </message>
    <message>
        <source>Lower confidence bound of the winrate</source>
        <translation>Límite inferior de confianza de la probabilidad de victoria</translation>
    </message>
    <message>
        <source>Principal variation: the line the engine expects</source>
        <translation>Variante principal: la línea que espera el motor</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Jugada</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>Prob. victoria</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humano</translation>
    </message>
    <message>
        <source>LCB</source>
        <translation>LCB</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>m37::ui::CandidatesTable</name>
    <message>
        <source>No analysis</source>
        <translation>Sin análisis</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 visitas</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · %1 %2</source>
        <translation> · %1 %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::ChatDock</name>
    <message>
        <source>Local model: %1</source>
        <translation>Modelo local: %1</translation>
    </message>
    <message>
        <source>The local reasoning model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo de razonamiento local: %1</translation>
    </message>
    <message>
        <source>Local model</source>
        <translation>Modelo local</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible con OpenAI</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Servidor Ollama</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Local model file:</source>
        <translation>Archivo del modelo local:</translation>
    </message>
    <message>
        <source>Best move</source>
        <translation>Mejor jugada</translation>
    </message>
    <message>
        <source>Evaluate move…</source>
        <translation>Evaluar jugada…</translation>
    </message>
    <message>
        <source>Status of group at…</source>
        <translation>Estado del grupo en…</translation>
    </message>
    <message>
        <source>Free question</source>
        <translation>Pregunta libre</translation>
    </message>
    <message>
        <source>D4</source>
        <translation>D4</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Ask anything about this position (remote backends)</source>
        <translation>Pregunta lo que quieras sobre esta posición (servicios remotos)</translation>
    </message>
    <message>
        <source>◀ Step</source>
        <translation>◀ Paso</translation>
    </message>
    <message>
        <source>Previous step ([)</source>
        <translation>Paso anterior ([)</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Paso ▶</translation>
    </message>
    <message>
        <source>Next step (])</source>
        <translation>Paso siguiente (])</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Add to Comment</source>
        <translation>Añadir al comentario</translation>
    </message>
    <message>
        <source>Append the exchange to the SGF comment of the current move</source>
        <translation>Añade la conversación al comentario SGF de la jugada actual</translation>
    </message>
    <message>
        <source>Reasoning Model</source>
        <translation>Modelo de razonamiento</translation>
    </message>
    <message>
        <source>move37 models (*.m37)</source>
        <translation>Modelos de move37 (*.m37)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Type a question first (free questions need a remote backend).</source>
        <translation>Escribe antes una pregunta (las preguntas libres necesitan un servicio remoto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point of this board (expected a coordinate like D4).</source>
        <translation>«%1» no es un punto de este tablero (se esperaba una coordenada como D4).</translation>
    </message>
    <message>
        <source>local model %1</source>
        <translation>modelo local %1</translation>
    </message>
    <message>
        <source>local model</source>
        <translation>modelo local</translation>
    </message>
    <message>
        <source>The local model answers the preset questions only; choose a remote backend for free questions.</source>
        <translation>El modelo local solo responde a las preguntas predefinidas; elige un servicio remoto para preguntas libres.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads the position only and answers with its best move)</source>
        <translation>Pensando… (el modelo local solo lee la posición y responde con su mejor jugada)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>Respondido por %1.</translation>
    </message>
    <message>
        <source>Answered by %1, with problems: %2</source>
        <translation>Respondido por %1, con problemas: %2</translation>
    </message>
    <message>
        <source>Verifying the steps…</source>
        <translation>Verificando los pasos…</translation>
    </message>
    <message>
        <source>Verified: %1 of %2 checked steps hold (rollout search).</source>
        <translation>Verificado: %1 de %2 pasos comprobados son correctos (búsqueda con simulaciones).</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Esperando el primer token…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento del modelo</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>fragmentos</translation>
    </message>
    <message>
        <source>Thinking… %1 s, %2 %3</source>
        <translation>Pensando… %1 s, %2 %3</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>chunks/s</source>
        <translation>fragmentos/s</translation>
    </message>
    <message>
        <source>Thought for %1 s, %2 %3, %4 %5</source>
        <translation>Pensó durante %1 s, %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>No steps with moves yet.</source>
        <translation>Aún no hay pasos con jugadas.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Answer %1 (engine %2)</source>
        <translation>Respuesta %1 (motor %2)</translation>
    </message>
    <message>
        <source>Engine %1 (%2)</source>
        <translation>Motor %1 (%2)</translation>
    </message>
    <message>
        <source>Human %1 (engine %2)</source>
        <translation>Humano %1 (motor %2)</translation>
    </message>
    <message>
        <source>turn on analysis (Space) to compare with the engine</source>
        <translation>activa el análisis (Espacio) para comparar con el motor</translation>
    </message>
    <message>
        <source>Q (%1, move %2, %3): %4</source>
        <translation>P (%1, jugada %2, %3): %4</translation>
    </message>
    <message>
        <source>Black to play</source>
        <translation>juegan negras</translation>
    </message>
    <message>
        <source>White to play</source>
        <translation>juegan blancas</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>R: %1</translation>
    </message>
    <message>
        <source>(errors: %1)</source>
        <translation>(errores: %1)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Save the Exchange</source>
        <translation>Guardar la conversación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Go back to the position the question was about to add it to its comment.</source>
        <translation>Vuelve a la posición de la pregunta para añadirla a su comentario.</translation>
    </message>
    <message>
        <source>Added to the comment of this move.</source>
        <translation>Añadido al comentario de esta jugada.</translation>
    </message>
    <message>
        <source>No local model file: choose one in the chat settings (…).</source>
        <translation>No hay archivo de modelo local: elija uno en los ajustes del chat (…).</translation>
    </message>
    <message>
        <source>The shipped reasoning model is missing: choose a file in the chat settings, or a remote backend.</source>
        <translation>Falta el modelo de razonamiento incluido: elija un archivo en los ajustes del chat o un servidor remoto.</translation>
    </message>
    <message>
        <source>Thinking… (the local model reads %1 as its only candidate)</source>
        <translation>Pensando… (el modelo local lee %1 como su único candidato)</translation>
    </message>
    <message>
        <source>Verifier-trained (reason-9x9)</source>
        <translation>Entrenado con el verificador (reason-9x9)</translation>
    </message>
    <message>
        <source>Preference-trained (reason-pref-9x9)</source>
        <translation>Entrenado con la preferencia (reason-pref-9x9)</translation>
    </message>
    <message>
        <source>Model file from the settings</source>
        <translation>Archivo de modelo de los ajustes</translation>
    </message>
    <message>
        <source>The shipped models differ in what rewarded them: the verifier (the engine&apos;s deep search and every checked step) or a preference net trained on people&apos;s games. Ask both about the same position to compare.</source>
        <translation>Los modelos incluidos difieren en qué los recompensó: el verificador (la búsqueda profunda del motor y cada paso comprobado) o una red de preferencia entrenada con partidas de personas. Pregunte a ambos sobre la misma posición para compararlos.</translation>
    </message>
    <message>
        <source>Local model:</source>
        <translation>Modelo local:</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenamiento…</translation>
    </message>
    <message>
        <source>The shipped models&apos; GRPO curves: reward, accuracy, faithfulness and response length by step</source>
        <translation>Curvas GRPO de los modelos incluidos: recompensa, precisión, fidelidad y longitud de respuesta por paso</translation>
    </message>
    <message>
        <source>a reasoning model (.m37)</source>
        <translation>un modelo de razonamiento (.m37)</translation>
    </message>
    <message>
        <source>Earlier answer on this position</source>
        <translation>Respuesta anterior en esta posición</translation>
    </message>
</context>
<context>
    <name>m37::ui::CommentPanel</name>
    <message>
        <source>Game Info…</source>
        <translation>Información…</translation>
    </message>
    <message>
        <source>Edit players, result, komi, date and rules</source>
        <translation>Editar jugadores, resultado, komi, fecha y reglas</translation>
    </message>
    <message>
        <source>Comment on this move</source>
        <translation>Comentario sobre esta jugada</translation>
    </message>
    <message>
        <source>%1 (B) vs %2 (W)</source>
        <translation>%1 (N) contra %2 (B)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · komi %1</source>
        <translation> · komi %1</translation>
    </message>
    <message>
        <source>This comment is %L1 characters long: the first %L2 are shown, read-only. The whole comment stays in the game and is saved.</source>
        <translation>Este comentario tiene %L1 caracteres: se muestran los primeros %L2, de solo lectura. El comentario completo se conserva en la partida y se guarda.</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation>
            <numerusform>%n mensaje:</numerusform>
            <numerusform>%n mensajes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineConsole</name>
    <message>
        <source>GTP command, e.g. showboard</source>
        <translation>Comando GTP, p. ej. showboard</translation>
    </message>
    <message>
        <source>(newline)</source>
        <translation>(salto de línea)</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>conectado</translation>
    </message>
</context>
<context>
    <name>m37::ui::EngineSettingsDialog</name>
    <message>
        <source>Engine Settings</source>
        <translation>Ajustes del motor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a network file</source>
        <translation>Elegir un archivo de red</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>Redes (*.m37 *.gz *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>none: light rollouts, no network</source>
        <translation>ninguna: simulaciones ligeras, sin red</translation>
    </message>
    <message>
        <source>&amp;Human policy:</source>
        <translation>Política &amp;humana:</translation>
    </message>
    <message>
        <source>none: no human policy</source>
        <translation>ninguna: sin política humana</translation>
    </message>
    <message>
        <source>Search &amp;threads:</source>
        <translation>&amp;Hilos de búsqueda:</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>hasta detenerlo</translation>
    </message>
    <message>
        <source>Analysis &amp;visits:</source>
        <translation>&amp;Visitas de análisis:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Surprise below human prior:</source>
        <translation>&amp;Sorpresa si la prob. humana es menor que:</translation>
    </message>
    <message>
        <source>A Leela Zero weight file or a move37 .m37 network. The human policy is a network trained on human games; the board shows where it and the engine disagree.</source>
        <translation>Un archivo de pesos de Leela Zero o una red .m37 de move37. La política humana es una red entrenada con partidas humanas; el tablero muestra dónde discrepa del motor.</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalAnalyser</name>
    <message>
        <source>%1 has no analysis command (lz-analyze or kata-analyze).</source>
        <translation>%1 no tiene orden de análisis (lz-analyze o kata-analyze).</translation>
    </message>
</context>
<context>
    <name>m37::ui::ExternalEnginesDialog</name>
    <message>
        <source>External Engines</source>
        <translation>Motores externos</translation>
    </message>
    <message>
        <source>program and arguments, e.g. gnugo --mode gtp</source>
        <translation>programa y argumentos, p. ej. gnugo --mode gtp</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>New engine</source>
        <translation>Motor nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Directorio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>Línea de &amp;órdenes:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Directorio de trabajo:</translation>
    </message>
    <message>
        <source>Engines speak GTP on standard input and output. Replace FILE in a preset by the network or configuration file.</source>
        <translation>Los motores hablan GTP por la entrada y la salida estándar. Sustituye FILE en una configuración predefinida por el archivo de red o de configuración.</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameInfoDialog</name>
    <message>
        <source>Game Information</source>
        <translation>Información de la partida</translation>
    </message>
    <message>
        <source>&amp;Black (PB):</source>
        <translation>&amp;Negras (PB):</translation>
    </message>
    <message>
        <source>&amp;White (PW):</source>
        <translation>&amp;Blancas (PW):</translation>
    </message>
    <message>
        <source>&amp;Result (RE):</source>
        <translation>&amp;Resultado (RE):</translation>
    </message>
    <message>
        <source>B+R, W+3.5, 0, Void, ?</source>
        <translation>B+R, W+3.5, 0, Void, ?</translation>
    </message>
    <message>
        <source>&amp;Komi (KM):</source>
        <translation>&amp;Komi (KM):</translation>
    </message>
    <message>
        <source>&amp;Date (DT):</source>
        <translation>&amp;Fecha (DT):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>R&amp;ules (RU):</source>
        <translation>Re&amp;glas (RU):</translation>
    </message>
    <message>
        <source>Chinese, Japanese, AGA, NZ, ...</source>
        <translation>Chinese, Japanese, AGA, NZ…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameReviewActions</name>
    <message>
        <source>Winrate Graph</source>
        <translation>Gráfico de probabilidad de victoria</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Analyse &amp;Whole Game…</source>
        <translation>Analizar la &amp;partida entera…</translation>
    </message>
    <message>
        <source>Search every position of the current line and list the mistakes</source>
        <translation>Buscar en cada posición de la línea actual y listar los errores</translation>
    </message>
    <message>
        <source>S&amp;top Whole-Game Analysis</source>
        <translation>&amp;Detener el análisis de la partida</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis (the results so far stay)</source>
        <translation>Detener el análisis de la partida (los resultados obtenidos se conservan)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Mistake</source>
        <translation>Error &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next listed mistake of the reviewed line</source>
        <translation>Ir al siguiente error de la línea analizada</translation>
    </message>
    <message>
        <source>Pre&amp;vious Mistake</source>
        <translation>Error &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous listed mistake of the reviewed line</source>
        <translation>Ir al error anterior de la línea analizada</translation>
    </message>
    <message>
        <source>Review %p%</source>
        <translation>Análisis %p%</translation>
    </message>
    <message>
        <source>Stop the whole-game analysis</source>
        <translation>Detener el análisis de la partida</translation>
    </message>
    <message numerus="yes">
        <source>Whole-game analysis done: %n mistake(s) listed.</source>
        <translation>
            <numerusform>Análisis de la partida terminado: %n error listado.</numerusform>
            <numerusform>Análisis de la partida terminado: %n errores listados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-game analysis stopped.</source>
        <translation>Análisis de la partida detenido.</translation>
    </message>
    <message>
        <source>Analyse Whole Game</source>
        <translation>Analizar la partida entera</translation>
    </message>
    <message>
        <source>Visits per move:</source>
        <translation>Visitas por jugada:</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n position(s) at %1 visits…</source>
        <translation>
            <numerusform>Analizando %n posición con %1 visitas…</numerusform>
            <numerusform>Analizando %n posiciones con %1 visitas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the whole-game analysis…</source>
        <translation>Deteniendo el análisis de la partida…</translation>
    </message>
    <message>
        <source>No listed mistake after this move.</source>
        <translation>No hay ningún error listado después de esta jugada.</translation>
    </message>
    <message>
        <source>No listed mistake before this move.</source>
        <translation>No hay ningún error listado antes de esta jugada.</translation>
    </message>
    <message>
        <source>Key Moments</source>
        <translation>Momentos clave</translation>
    </message>
    <message>
        <source>Next &amp;Key Moment</source>
        <translation>Siguiente momento &amp;clave</translation>
    </message>
    <message>
        <source>Go to the next surprise, mistake or turning point</source>
        <translation>Ir a la siguiente sorpresa, error o punto de inflexión</translation>
    </message>
    <message>
        <source>Previous K&amp;ey Moment</source>
        <translation>Momento clave an&amp;terior</translation>
    </message>
    <message>
        <source>Go to the previous surprise, mistake or turning point</source>
        <translation>Ir a la sorpresa, error o punto de inflexión anterior</translation>
    </message>
    <message>
        <source>&amp;Export Annotated SGF…</source>
        <translation>&amp;Exportar SGF anotado…</translation>
    </message>
    <message>
        <source>Write the game with the whole-game review: winrates, candidates, best lines, key moments</source>
        <translation>Escribir la partida con su análisis completo: porcentajes de victoria, candidatas, mejores líneas, momentos clave</translation>
    </message>
    <message>
        <source>Export cancelled: the whole-game analysis was stopped.</source>
        <translation>Exportación cancelada: se detuvo el análisis de la partida.</translation>
    </message>
    <message>
        <source>Export Annotated SGF</source>
        <translation>Exportar SGF anotado</translation>
    </message>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>Archivos SGF (*.sgf *.SGF);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This game has no review yet. Analyse the whole game first (%1 visits per move)? The file is written when the analysis ends.</source>
        <translation>Esta partida aún no tiene análisis. ¿Analizar primero la partida entera (%1 visitas por jugada)? El archivo se escribe cuando termine el análisis.</translation>
    </message>
    <message>
        <source>No key moment after this move.</source>
        <translation>No hay ningún momento clave después de esta jugada.</translation>
    </message>
    <message>
        <source>No key moment before this move.</source>
        <translation>No hay ningún momento clave antes de esta jugada.</translation>
    </message>
    <message>
        <source>The game&apos;s move37 review could not be read: %1</source>
        <translation>No se pudo leer el análisis move37 de la partida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored review: %1 of %2 positions analysed, %n key moment(s).</source>
        <translation>
            <numerusform>Análisis guardado: %1 de %2 posiciones analizadas, %n momento clave.</numerusform>
            <numerusform>Análisis guardado: %1 de %2 posiciones analizadas, %n momentos clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n annotation value(s) ignored: %1</source>
        <translation>
            <numerusform> %n valor de anotación ignorado: %1</numerusform>
            <numerusform> %n valores de anotación ignorados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The game has no position to analyse.</source>
        <translation>La partida no tiene ninguna posición que analizar.</translation>
    </message>
    <message>
        <source>%1 is written when the whole-game analysis ends.</source>
        <translation>%1 se escribirá cuando termine el análisis de la partida.</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>No se puede exportar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>No se pudo escribir %1: %2
No se cambió nada en el disco.</translation>
    </message>
    <message>
        <source>Exported the annotated game to %1</source>
        <translation>Partida anotada exportada a %1</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameReviewWorker</name>
    <message>
        <source>The network could not be loaded (%1); the review uses rollouts.</source>
        <translation>No se pudo cargar la red (%1); el análisis usa simulaciones.</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameTreeModel</name>
    <message>
        <source>Black</source>
        <translation>Negras</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blancas</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>%1 cannot play %2: %3</source>
        <translation>%1 no pueden jugar en %2: %3</translation>
    </message>
    <message>
        <source>%1 played %2</source>
        <translation>%1 jugaron %2</translation>
    </message>
    <message>
        <source>, capturing 1 stone</source>
        <translation>, capturando 1 piedra</translation>
    </message>
    <message>
        <source>, capturing %1 stones</source>
        <translation>, capturando %1 piedras</translation>
    </message>
    <message>
        <source> (new variation)</source>
        <translation> (nueva variante)</translation>
    </message>
    <message>
        <source>%1 passed. Game over: %2 (no stones marked dead)</source>
        <translation>%1 pasaron. Fin de la partida: %2 (sin piedras muertas marcadas)</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 pasaron</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
    <message>
        <source>Move %1 taken back</source>
        <translation>Jugada %1 deshecha</translation>
    </message>
    <message>
        <source>New game: %1×%1, %2 rules, komi %3</source>
        <translation>Partida nueva: %1×%1, reglas %2, komi %3</translation>
    </message>
    <message>
        <source>The root cannot be deleted</source>
        <translation>La raíz no se puede borrar</translation>
    </message>
    <message>
        <source>Deleted 1 node</source>
        <translation>Borrado 1 nodo</translation>
    </message>
    <message>
        <source>Deleted %1 nodes</source>
        <translation>Borrados %1 nodos</translation>
    </message>
    <message>
        <source>Already on the main line</source>
        <translation>Ya está en la línea principal</translation>
    </message>
    <message>
        <source>The current line is now the main line</source>
        <translation>La línea actual es ahora la línea principal</translation>
    </message>
    <message>
        <source>Game information changed</source>
        <translation>Información de la partida cambiada</translation>
    </message>
    <message>
        <source>, handicap %1 (White plays first)</source>
        <translation>, hándicap %1 (Blanco juega primero)</translation>
    </message>
    <message>
        <source> (Edit ▸ Restore Deleted Variation puts it back)</source>
        <translation> (Editar ▸ Restaurar variante borrada la recupera)</translation>
    </message>
    <message>
        <source>Nothing deleted to restore</source>
        <translation>No hay nada borrado que restaurar</translation>
    </message>
    <message>
        <source>Restored 1 node</source>
        <translation>Restaurado 1 nodo</translation>
    </message>
    <message>
        <source>Restored %1 nodes</source>
        <translation>Restaurados %1 nodos</translation>
    </message>
</context>
<context>
    <name>m37::ui::GtpProcess</name>
    <message>
        <source>%1: no program to start (the command line is empty).</source>
        <translation>%1: no hay ningún programa que iniciar (la línea de órdenes está vacía).</translation>
    </message>
    <message>
        <source>started %1 (pid %2)</source>
        <translation>iniciado %1 (pid %2)</translation>
    </message>
    <message>
        <source>%1 was restarted</source>
        <translation>%1 se reinició</translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1 se detuvo</translation>
    </message>
    <message>
        <source>%1 did not quit; killed</source>
        <translation>%1 no terminó; se forzó su cierre</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 no está en ejecución</translation>
    </message>
    <message>
        <source>%1 printed a line longer than %2 MB without an end: output flood.</source>
        <translation>%1 escribió una línea de más de %2 MB sin final: salida desbordada.</translation>
    </message>
    <message>
        <source>%1 prints output that is not GTP, e.g. “%2”.</source>
        <translation>%1 escribe una salida que no es GTP, p. ej. «%2».</translation>
    </message>
    <message>
        <source>%1 answered “%2” to no command.</source>
        <translation>%1 respondió «%2» sin que hubiera ninguna orden.</translation>
    </message>
    <message>
        <source>%1 answered command %2 while %3 was expected.</source>
        <translation>%1 respondió a la orden %2 cuando se esperaba %3.</translation>
    </message>
    <message>
        <source>unreadable analysis line: %1</source>
        <translation>línea de análisis ilegible: %1</translation>
    </message>
    <message>
        <source>%1 prints analysis that cannot be read: %2</source>
        <translation>%1 escribe un análisis que no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: output flood.</source>
        <translation>%1 respondió con más de %2 MB: salida desbordada.</translation>
    </message>
    <message>
        <source>%1 quit</source>
        <translation>%1 terminó</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 se bloqueó</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 terminó con el código %2</translation>
    </message>
    <message>
        <source> while answering “%1”</source>
        <translation> mientras respondía a «%1»</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): %3</source>
        <translation>No se pudo iniciar %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 did not answer “%2” in %3 s; it seems to hang.</source>
        <translation>%1 no respondió a «%2» en %3 s; parece colgado.</translation>
    </message>
    <message>
        <source>
Last messages of the engine:
</source>
        <translation>
Últimos mensajes del motor:
</translation>
    </message>
</context>
<context>
    <name>m37::ui::KeyMomentsPanel</name>
    <message>
        <source>Surprise</source>
        <translation>Sorpresa</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Turning point</source>
        <translation>Punto de inflexión</translation>
    </message>
    <message>
        <source>engine&apos;s %1 has human prior %2</source>
        <translation>la %1 del motor tiene probabilidad humana %2</translation>
    </message>
    <message>
        <source> (played)</source>
        <translation> (jugada)</translation>
    </message>
    <message>
        <source>%1: lost %2 pts</source>
        <translation>%1: perdió %2 pts</translation>
    </message>
    <message>
        <source>%1: lost %2% winrate</source>
        <translation>%1: perdió %2% de probabilidad de victoria</translation>
    </message>
    <message>
        <source> (best %1)</source>
        <translation> (mejor %1)</translation>
    </message>
    <message>
        <source>Black %1</source>
        <translation>Negro %1</translation>
    </message>
    <message>
        <source>, White takes the lead</source>
        <translation>, Blanco toma la delantera</translation>
    </message>
    <message>
        <source>, Black takes the lead</source>
        <translation>, Negro toma la delantera</translation>
    </message>
    <message>
        <source>All key moments</source>
        <translation>Todos los momentos clave</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Jugada</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Jugada hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Surprises, mistakes and turning points of the game; click to go there</source>
        <translation>Sorpresas, errores y puntos de inflexión de la partida; haz clic para ir allí</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>m37::ui::LocalReasoner</name>
    <message>
        <source>no reasoning model is loaded</source>
        <translation>no hay ningún modelo de razonamiento cargado</translation>
    </message>
    <message>
        <source>the reasoning model reads %1x%1 boards; this board is %2x%2</source>
        <translation>el modelo de razonamiento lee tableros de %1x%1; este tablero es de %2x%2</translation>
    </message>
    <message>
        <source>true</source>
        <translation>cierto</translation>
    </message>
    <message>
        <source>not true on the board</source>
        <translation>no es cierto en el tablero</translation>
    </message>
    <message>
        <source>cannot start the think block with &quot;%1&quot;: %2</source>
        <translation>no se puede empezar el bloque de pensamiento con «%1»: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation>No se pudo leer el archivo de configuración %1; se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings file could not be read and was moved to %1; default settings are used.</source>
        <translation>No se pudo leer el archivo de configuración y se movió a %1; se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Click on the board to play, or open an SGF file to review it.</source>
        <translation>Haz clic en el tablero para jugar o abre un archivo SGF para revisarlo.</translation>
    </message>
    <message>
        <source>Game Tree</source>
        <translation>Árbol de la partida</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;New Game…</source>
        <translation>&amp;Nueva partida…</translation>
    </message>
    <message>
        <source>Start a new game: board size, rules, komi</source>
        <translation>Empezar una partida nueva: tamaño del tablero, reglas, komi</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Pasar</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>&amp;Deshacer jugada</translation>
    </message>
    <message>
        <source>Game &amp;Info…</source>
        <translation>&amp;Información de la partida…</translation>
    </message>
    <message>
        <source>&amp;Delete Variation</source>
        <translation>&amp;Borrar variante</translation>
    </message>
    <message>
        <source>Delete the current move and everything after it</source>
        <translation>Borrar la jugada actual y todo lo que sigue</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Make &amp;Main Line</source>
        <translation>Hacer línea &amp;principal</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Previous Variation</source>
        <translation>Variante a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next Variation</source>
        <translation>Variante &amp;siguiente</translation>
    </message>
    <message>
        <source>Back 10 Moves</source>
        <translation>Atrás 10 jugadas</translation>
    </message>
    <message>
        <source>Forward 10 Moves</source>
        <translation>Adelante 10 jugadas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Final</translation>
    </message>
    <message>
        <source>Move &amp;Numbers</source>
        <translation>&amp;Números de jugada</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Coordenadas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Stones captured by Black (B) and by White (W)</source>
        <translation>Capturas de las negras (B) y de las blancas (W)</translation>
    </message>
    <message>
        <source>Game over</source>
        <translation>Partida terminada</translation>
    </message>
    <message>
        <source>%1 to move</source>
        <translation>Juegan %1</translation>
    </message>
    <message>
        <source>Captures  B %1 · W %2</source>
        <translation>Capturas  N %1 · B %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Jugada %1</translation>
    </message>
    <message>
        <source> · variation %1/%2</source>
        <translation> · variante %1/%2</translation>
    </message>
    <message>
        <source>%1×%1 · %2 · komi %3</source>
        <translation>%1×%1 · %2 · komi %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contra %2</translation>
    </message>
    <message>
        <source>Preferences saved; a new language applies at the next start.</source>
        <translation>Preferencias guardadas; el nuevo idioma se aplicará en el próximo inicio.</translation>
    </message>
    <message>
        <source>Make the current line the main line</source>
        <translation>Hacer de la línea actual la línea principal</translation>
    </message>
    <message>
        <source>&amp;Restore Deleted Variation</source>
        <translation>&amp;Restaurar variante borrada</translation>
    </message>
    <message>
        <source>Put the last deleted variation back</source>
        <translation>Recuperar la última variante borrada</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
</context>
<context>
    <name>m37::ui::MistakesPanel</name>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Slight</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Inaccuracy</source>
        <translation>Imprecisión</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Bad mistake</source>
        <translation>Error grave</translation>
    </message>
    <message>
        <source>Blunder</source>
        <translation>Error garrafal</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 o peor</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Jugada</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Jugada hecha</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Winrate</source>
        <translation>Prob. de victoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Points and winrate lost by each move; click to go there</source>
        <translation>Puntos y probabilidad de victoria perdidos en cada jugada; haz clic para ir allí</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>m37::ui::NetworkAboutDialog</name>
    <message>
        <source>About Networks</source>
        <translation>Acerca de las redes</translation>
    </message>
    <message>
        <source>Analysis network</source>
        <translation>Red de análisis</translation>
    </message>
    <message>
        <source>None: the analysis runs on light rollouts.</source>
        <translation>Ninguna: el análisis usa simulaciones ligeras.</translation>
    </message>
    <message>
        <source>Human policy</source>
        <translation>Política humana</translation>
    </message>
    <message>
        <source>None: no human-policy heatmap or surprise marker.</source>
        <translation>Ninguna: sin mapa de calor de la política humana ni marca de sorpresa.</translation>
    </message>
    <message>
        <source>File: `%1`</source>
        <translation>Archivo: `%1`</translation>
    </message>
    <message>
        <source>Loading… (the analysis engine loads it in its own thread)</source>
        <translation>Cargando… (el motor de análisis la carga en su propio hilo)</translation>
    </message>
    <message>
        <source>It could not be loaded (the status bar says why).</source>
        <translation>No se pudo cargar (la barra de estado dice por qué).</translation>
    </message>
    <message>
        <source>Networks shipped with move37</source>
        <translation>Redes incluidas con move37</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>No se encontró ninguna.</translation>
    </message>
    <message>
        <source>(from `%1`)</source>
        <translation>(de `%1`)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Networks…</source>
        <translation>Acerca de las &amp;redes…</translation>
    </message>
    <message>
        <source>How the engine&apos;s network and the human policy were made, and what they measured</source>
        <translation>Cómo se hicieron la red del motor y la política humana, y qué midieron</translation>
    </message>
</context>
<context>
    <name>m37::ui::NewGameDialog</name>
    <message>
        <source>Chinese</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonesa</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreana</translation>
    </message>
    <message>
        <source>AGA</source>
        <translation>AGA (Asociación Americana de Go)</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Tromp-Taylor</source>
        <translation>Tromp-Taylor (reglas lógicas)</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>Partida nueva</translation>
    </message>
    <message>
        <source>Board &amp;size:</source>
        <translation>&amp;Tamaño del tablero:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Reglas:</translation>
    </message>
    <message>
        <source>&amp;Komi:</source>
        <translation>&amp;Komi:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>move37 engine</source>
        <translation>Motor move37</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (sin configurar)</translation>
    </message>
    <message>
        <source>Visits per move</source>
        <translation>Visitas por jugada</translation>
    </message>
    <message>
        <source>Seconds per move</source>
        <translation>Segundos por jugada</translation>
    </message>
    <message>
        <source>the engine settings&apos; network, else light rollouts</source>
        <translation>la red de los ajustes del motor o, si no hay, simulaciones ligeras</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Network file</source>
        <translation>Archivo de red</translation>
    </message>
    <message>
        <source>Networks (*.m37 *.gz *.txt);;All files (*)</source>
        <translation>Redes (*.m37 *.gz *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Black:</source>
        <translation>&amp;Negras:</translation>
    </message>
    <message>
        <source>&amp;White:</source>
        <translation>&amp;Blancas:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>&amp;Fuerza:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>R&amp;ed:</translation>
    </message>
    <message>
        <source>Black&apos;s stones on the star points; White plays first</source>
        <translation>Piedras de Negro en los puntos estrella; Blanco juega primero</translation>
    </message>
    <message>
        <source>&amp;Handicap:</source>
        <translation>&amp;Hándicap:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 stones</source>
        <translation>%1 piedras</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayActions</name>
    <message>
        <source>Engine Console</source>
        <translation>Consola del motor</translation>
    </message>
    <message>
        <source>&amp;Play Against Engine…</source>
        <translation>&amp;Jugar contra el motor…</translation>
    </message>
    <message>
        <source>&amp;Resign</source>
        <translation>&amp;Abandonar</translation>
    </message>
    <message>
        <source>&amp;Score Game</source>
        <translation>&amp;Contar la partida</translation>
    </message>
    <message>
        <source>S&amp;top Engines</source>
        <translation>De&amp;tener los motores</translation>
    </message>
    <message>
        <source>The engines were stopped; the game stays on the board.</source>
        <translation>Se detuvieron los motores; la partida sigue en el tablero.</translation>
    </message>
    <message>
        <source>&amp;Configure Engines…</source>
        <translation>&amp;Configurar motores externos…</translation>
    </message>
    <message>
        <source>&amp;Restart Engines</source>
        <translation>&amp;Reiniciar los motores</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>&amp;Partida</translation>
    </message>
    <message>
        <source>Eng&amp;ines</source>
        <translation>&amp;Motores</translation>
    </message>
    <message>
        <source>Attach as &amp;Opponent</source>
        <translation>Conectar como &amp;rival</translation>
    </message>
    <message>
        <source>Attach as &amp;Analyser</source>
        <translation>Conectar como &amp;analizador</translation>
    </message>
    <message>
        <source>&amp;Detach Analyser</source>
        <translation>&amp;Desconectar el analizador</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>(none configured)</source>
        <translation>(ninguno configurado)</translation>
    </message>
    <message>
        <source>No external engine is called “%1” (Engines ▸ Configure Engines…).</source>
        <translation>No hay ningún motor externo llamado «%1» (Motores ▸ Configurar motores externos…).</translation>
    </message>
    <message>
        <source>%1 plays %2.</source>
        <translation>%1 juega con %2.</translation>
    </message>
    <message>
        <source>%1 analyses the position.</source>
        <translation>%1 analiza la posición.</translation>
    </message>
    <message>
        <source>Play Against Engine</source>
        <translation>Jugar contra el motor</translation>
    </message>
    <message>
        <source> — click groups to mark them dead or alive, then Accept.</source>
        <translation> — haz clic en los grupos para marcarlos como muertos o vivos y luego en Aceptar.</translation>
    </message>
    <message>
        <source>Engine problem</source>
        <translation>Problema del motor</translation>
    </message>
    <message>
        <source>

The game is kept. Restart the engine to go on.</source>
        <translation>

La partida se conserva. Reinicia el motor para seguir.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Stop Engine</source>
        <translation>Detener el motor</translation>
    </message>
</context>
<context>
    <name>m37::ui::PlayController</name>
    <message>
        <source>The engines were detached: another game is open.</source>
        <translation>Se desconectaron los motores: hay otra partida abierta.</translation>
    </message>
    <message>
        <source>The engines stopped after %1 moves.</source>
        <translation>Los motores se detuvieron tras %1 jugadas.</translation>
    </message>
    <message>
        <source>%1 is thinking…</source>
        <translation>%1 piensan…</translation>
    </message>
    <message>
        <source>%1 could not be brought to the position: %2</source>
        <translation>No se pudo llevar %1 a la posición: %2</translation>
    </message>
    <message>
        <source>%1 refused to play: %2</source>
        <translation>%1 se negó a jugar: %2</translation>
    </message>
    <message>
        <source>%1 answered “%2”, which is not a move.</source>
        <translation>%1 respondió «%2», que no es una jugada.</translation>
    </message>
    <message>
        <source>%1 played %2, which is illegal here: %3.</source>
        <translation>%1 jugaron %2, que aquí es ilegal: %3.</translation>
    </message>
    <message>
        <source>Engines restarted; the position is replayed.</source>
        <translation>Motores reiniciados; se reproduce la posición.</translation>
    </message>
    <message>
        <source>It is the engine&apos;s turn.</source>
        <translation>Es el turno del motor.</translation>
    </message>
    <message>
        <source>%1 resigned: %2</source>
        <translation>%1 abandonan: %2</translation>
    </message>
</context>
<context>
    <name>m37::ui::ReasonTrainingDialog</name>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>reward (mean of %1 steps)</source>
        <translation>recompensa (media de %1 pasos)</translation>
    </message>
    <message>
        <source>response tokens</source>
        <translation>tokens de respuesta</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>recompensa</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>faithfulness</source>
        <translation>fidelidad</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>preferencia</translation>
    </message>
    <message>
        <source>response length</source>
        <translation>longitud de respuesta</translation>
    </message>
    <message>
        <source>Reasoning Models: Training</source>
        <translation>Modelos de razonamiento: entrenamiento</translation>
    </message>
    <message>
        <source>Verifier-trained</source>
        <translation>Entrenado con el verificador</translation>
    </message>
    <message>
        <source>Preference-trained</source>
        <translation>Entrenado con la preferencia</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 no está instalado.</translation>
    </message>
    <message>
        <source>No training log beside %1.</source>
        <translation>No hay registro de entrenamiento junto a %1.</translation>
    </message>
</context>
<context>
    <name>m37::ui::RemoteChatClient</name>
    <message>
        <source>&quot;%1&quot; is not a usable http(s) URL</source>
        <translation>«%1» no es una dirección http(s) válida</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3%4</source>
        <translation>HTTP %1 %2 de %3%4</translation>
    </message>
    <message>
        <source>no data from %1 for %2 s</source>
        <translation>sin datos de %1 durante %2 s</translation>
    </message>
    <message>
        <source>the connection to %1 dropped mid-stream after %2 bytes: %3</source>
        <translation>la conexión con %1 se cortó a mitad de la respuesta tras %2 bytes: %3</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>no se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>the connection to %1 closed before the stream was over (%2)</source>
        <translation>la conexión con %1 se cerró antes del final de la respuesta (%2)</translation>
    </message>
</context>
<context>
    <name>m37::ui::ScoringView</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Black %1 · White %2 (%3) — %4</source>
        <translation>Negras %1 · Blancas %2 (%3) — %4</translation>
    </message>
    <message>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <source>   Click a group to mark it dead or alive.</source>
        <translation>   Haz clic en un grupo para marcarlo como muerto o vivo.</translation>
    </message>
    <message>
        <source>   Estimating dead stones…</source>
        <translation>   Estimando las piedras muertas…</translation>
    </message>
</context>
<context>
    <name>m37::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time move37 starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie move37.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>m37::ui::SgfFileController</name>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>Archivos SGF (*.sgf *.SGF);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Open SGF</source>
        <translation>Abrir SGF</translation>
    </message>
    <message>
        <source>Save SGF</source>
        <translation>Guardar SGF</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Abierto %1 con %n advertencia</numerusform>
            <numerusform>Abierto %1 con %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings reading %1</source>
        <translation>Advertencias al leer %1</translation>
    </message>
    <message>
        <source>Restored the unsaved game of the last session</source>
        <translation>Restaurada la partida no guardada de la sesión anterior</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1: no game found</source>
        <translation>%1: no se encontró ninguna partida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds %2 games; the first one is shown (all are saved)</source>
        <translation>%1: el archivo contiene %2 partidas; se muestra la primera (se guardan todas)</translation>
    </message>
    <message>
        <source>game</source>
        <translation>partida</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>escritura incompleta</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>No se puede guardar %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>No se pudo escribir %1: %2
No se cambió nada en el disco.</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>Error al guardar: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>m37::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Mostrar todos los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>m37::ui::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>m37::ui::WinrateGraph</name>
    <message>
        <source>Black winrate</source>
        <translation>Prob. de victoria de Negro</translation>
    </message>
    <message>
        <source>Black lead</source>
        <translation>Ventaja de Negro</translation>
    </message>
    <message>
        <source>Black&apos;s winrate and score lead; click to go to a move</source>
        <translation>Probabilidad de victoria y ventaja de Negro; haz clic para ir a una jugada</translation>
    </message>
</context>
</TS>
