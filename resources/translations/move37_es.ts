<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation><numerusform>%n mensaje:</numerusform><numerusform>%n mensajes:</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation><numerusform>Abierto %1 con %n advertencia</numerusform><numerusform>Abierto %1 con %n advertencias</numerusform></translation>
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
</TS>
