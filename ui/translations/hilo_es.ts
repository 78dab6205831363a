<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>IndexProgress</name>
    <message>
        <source>Updating the search index…</source>
        <translation>Actualizando el índice de búsqueda…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Undefined: %1</source>
        <translation>Sin definir: %1</translation>
    </message>
    <message>
        <source>Sources: %1 matched, %2 new</source>
        <translation>Fuentes: %1 coinciden, %2 nuevas</translation>
    </message>
    <message>
        <source>Codes: %1 matched, %2 new</source>
        <translation>Códigos: %1 coinciden, %2 nuevos</translation>
    </message>
    <message>
        <source>Coders: %1 matched, %2 new</source>
        <translation>Codificadores: %1 coinciden, %2 nuevos</translation>
    </message>
    <message>
        <source>Codings: %1 new, %2 already present, %3 unmatched</source>
        <translation>Codificaciones: %1 nuevas, %2 ya presentes, %3 sin correspondencia</translation>
    </message>
    <message>
        <source>Positions read as %1</source>
        <translation>Posiciones leídas como %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message>
        <source>Unmatched %1</source>
        <translation>Sin correspondencia: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Hilo</source>
        <translation>Le damos la bienvenida a Hilo</translation>
    </message>
    <message>
        <source>Would you like to open the demo project? It holds fictional interviews with young people, front-line workers and justice professionals, in Spanish and English, to try coding, search and quotes on.</source>
        <translation>¿Desea abrir el proyecto de demostración? Contiene entrevistas ficticias con jóvenes, personal de atención directa y profesionales de justicia, en español y en inglés, para probar la codificación, la búsqueda y las citas.</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
</context>
<context>
    <name>hilo::ui::AgreementDock</name>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>The coders to compare: tick two or more</source>
        <translation>Codificadores a comparar: marque dos o más</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Turnos de habla</translation>
    </message>
    <message>
        <source>Segments (90% overlap)</source>
        <translation>Segmentos (90 % de traslape)</translation>
    </message>
    <message>
        <source>Unitized spans (alpha)</source>
        <translation>Fragmentos unitizados (alfa)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Fleiss κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>B-P κ</source>
        <translation>κ de B-P</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>α 95% CI</source>
        <translation>IC 95 % de α</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: green ≥ 0.800, amber ≥ 0.667, red below</source>
        <translation>Alfa de Krippendorff: verde ≥ 0.800, ámbar ≥ 0.667, rojo por debajo</translation>
    </message>
    <message>
        <source>Where the coders differ on the selected code; double-click to open it in the transcript</source>
        <translation>Dónde difieren los codificadores en el código seleccionado; doble clic para abrirlo en la transcripción</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation>Marque dos o más codificadores para comparar.</translation>
    </message>
    <message>
        <source>Segments compare two coders: tick exactly two.</source>
        <translation>Los segmentos comparan a dos codificadores: marque exactamente dos.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared</source>
        <translation>
            <numerusform>%n fuente comparada</numerusform>
            <numerusform>%n fuentes comparadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (not coded by every coder)</source>
        <translation>
            <numerusform>; %n omitida (no la codificaron todos)</numerusform>
            <numerusform>; %n omitidas (no las codificaron todos)</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>(not coded)</source>
        <translation>(sin codificar)</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calculando la concordancia…</translation>
    </message>
</context>
<context>
    <name>hilo::ui::CodeEditorPanel</name>
    <message>
        <source>Can be applied to text</source>
        <translation>Se puede aplicar al texto</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>The code&apos;s name in Spanish</source>
        <translation>Nombre del código en español</translation>
    </message>
    <message>
        <source>Spanish &amp;label:</source>
        <translation>&amp;Etiqueta en español:</translation>
    </message>
    <message>
        <source>Choose the colour of this code&apos;s stripes</source>
        <translation>Elegir el color de las franjas de este código</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No colour of its own: use the parent code&apos;s colour</source>
        <translation>Sin color propio: usa el color del código padre</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definición:</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Qué significa el código</translation>
    </message>
    <message>
        <source>&amp;Use when:</source>
        <translation>&amp;Usar cuando:</translation>
    </message>
    <message>
        <source>Inclusion criteria</source>
        <translation>Criterios de inclusión</translation>
    </message>
    <message>
        <source>Do &amp;not use when:</source>
        <translation>&amp;No usar cuando:</translation>
    </message>
    <message>
        <source>Exclusion criteria, and which code to use instead</source>
        <translation>Criterios de exclusión y qué código usar en su lugar</translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation>E&amp;jemplo:</translation>
    </message>
    <message>
        <source>A typical passage (de-identified)</source>
        <translation>Un pasaje típico (anonimizado)</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>Notes about this code</source>
        <translation>Notas sobre este código</translation>
    </message>
    <message>
        <source>Select a code to edit its definition</source>
        <translation>Seleccione un código para editar su definición</translation>
    </message>
    <message>
        <source>(from parent)</source>
        <translation>(del código padre)</translation>
    </message>
    <message>
        <source>Colour of the code</source>
        <translation>Color del código</translation>
    </message>
    <message>
        <source>Choose Colour…</source>
        <translation>Elegir color…</translation>
    </message>
    <message>
        <source>Parent&apos;s Colour</source>
        <translation>Color del código padre</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>hilo::ui::CodebookDock</name>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrar códigos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a code beside the selected one</source>
        <translation>Agregar un código junto al seleccionado</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Agregar subcódigo</translation>
    </message>
    <message>
        <source>Add a sub-code under the selected code</source>
        <translation>Agregar un subcódigo bajo el código seleccionado</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Drag a code onto another to move it under it or merge them; drop between codes to reorder. Right-click to pin a code to a key.</source>
        <translation>Arrastre un código sobre otro para moverlo debajo o fusionarlos; suéltelo entre códigos para reordenar. Clic derecho para asignar un código a una tecla.</translation>
    </message>
    <message>
        <source>Add code &apos;%1&apos;</source>
        <translation>Agregar el código «%1»</translation>
    </message>
    <message>
        <source>Delete code &apos;%1&apos; with its codings</source>
        <translation>Eliminar el código «%1» con sus codificaciones</translation>
    </message>
    <message>
        <source>Delete code &apos;%1&apos;</source>
        <translation>Eliminar el código «%1»</translation>
    </message>
    <message>
        <source>Edit code &apos;%1&apos;</source>
        <translation>Editar el código «%1»</translation>
    </message>
    <message>
        <source>Add child code</source>
        <translation>Agregar subcódigo</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Agregar código</translation>
    </message>
    <message>
        <source>Name of the new code under &apos;%1&apos;:</source>
        <translation>Nombre del nuevo código bajo «%1»:</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Nombre del nuevo código:</translation>
    </message>
    <message>
        <source>Delete the code &apos;%1&apos; and all its sub-codes?</source>
        <translation>¿Eliminar el código «%1» y todos sus subcódigos?</translation>
    </message>
    <message>
        <source>Delete the code &apos;%1&apos;?</source>
        <translation>¿Eliminar el código «%1»?</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Eliminar código</translation>
    </message>
    <message numerus="yes">
        <source>Delete &apos;%1&apos; together with its %n coding(s)? Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar «%1» junto con su %n codificación? Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar «%1» junto con sus %n codificaciones? Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete with codings</source>
        <translation>Eliminar con codificaciones</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>Fusionar código</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into which code? Its codings and sub-codes go there and &apos;%1&apos; is deleted.</source>
        <translation>¿Con qué código fusionar «%1»? Sus codificaciones y subcódigos pasan a ese código y «%1» se elimina.</translation>
    </message>
    <message>
        <source>Move or merge</source>
        <translation>Mover o fusionar</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; under &apos;%2&apos;, or merge &apos;%1&apos; into &apos;%2&apos;?</source>
        <translation>¿Mover «%1» bajo «%2» o fusionar «%1» con «%2»?</translation>
    </message>
    <message>
        <source>Merging gives &apos;%2&apos; the codings and sub-codes of &apos;%1&apos; and deletes &apos;%1&apos;. Either can be undone. (Hold Shift while dropping to merge directly.)</source>
        <translation>Al fusionar, «%2» recibe las codificaciones y subcódigos de «%1» y «%1» se elimina. Ambas acciones se pueden deshacer. (Mantenga Mayús al soltar para fusionar directamente.)</translation>
    </message>
    <message>
        <source>Move under &apos;%1&apos;</source>
        <translation>Mover bajo «%1»</translation>
    </message>
    <message>
        <source>Merge into &apos;%1&apos;</source>
        <translation>Fusionar con «%1»</translation>
    </message>
    <message>
        <source>Apply to selected text</source>
        <translation>Aplicar al texto seleccionado</translation>
    </message>
    <message>
        <source>Pin to key</source>
        <translation>Asignar a tecla</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Quitar de la tecla</translation>
    </message>
</context>
<context>
    <name>hilo::ui::CodebookModel</name>
    <message>
        <source>Spanish:</source>
        <translation>Español:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>Use when:</source>
        <translation>Usar cuando:</translation>
    </message>
    <message>
        <source>Do not use when:</source>
        <translation>No usar cuando:</translation>
    </message>
    <message>
        <source>Groups other codes; it cannot be applied itself.</source>
        <translation>Agrupa otros códigos; no se puede aplicar por sí mismo.</translation>
    </message>
    <message>
        <source>Key %1 applies this code in the transcript.</source>
        <translation>La tecla %1 aplica este código en la transcripción.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Rename code &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renombrar el código «%1» como «%2»</translation>
    </message>
    <message>
        <source>Move code &apos;%1&apos; under &apos;%2&apos;</source>
        <translation>Mover el código «%1» bajo «%2»</translation>
    </message>
    <message>
        <source>Move code &apos;%1&apos;</source>
        <translation>Mover el código «%1»</translation>
    </message>
    <message>
        <source>Merge code &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>Fusionar el código «%1» con «%2»</translation>
    </message>
</context>
<context>
    <name>hilo::ui::CodingController</name>
    <message>
        <source>Choose who is coding first (Code ▸ Change Coder…)</source>
        <translation>Primero elija quién codifica (Codificar ▸ Cambiar codificador…)</translation>
    </message>
    <message>
        <source>Select the words to code in the transcript first</source>
        <translation>Primero seleccione en la transcripción las palabras que va a codificar</translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; on %2</source>
        <translation>Codificar «%1» en %2</translation>
    </message>
    <message>
        <source>Coded &apos;%1&apos;</source>
        <translation>Se codificó «%1»</translation>
    </message>
    <message>
        <source>No code is pinned to key %1: right-click a code in the codebook to pin it</source>
        <translation>Ningún código está asignado a la tecla %1: haga clic derecho en un código del libro de códigos para asignarlo</translation>
    </message>
    <message>
        <source>The code pinned to key %1 no longer exists</source>
        <translation>El código asignado a la tecla %1 ya no existe</translation>
    </message>
    <message>
        <source>Remove coding &apos;%1&apos; from %2</source>
        <translation>Quitar la codificación «%1» de %2</translation>
    </message>
    <message>
        <source>Code the selected text in %1</source>
        <translation>Codificar el texto seleccionado en %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; by %2</source>
        <translation>«%1» de %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quick Code…</source>
        <translation>Codificación rápida…</translation>
    </message>
    <message>
        <source>Remove Coding &apos;%1&apos; (%2)</source>
        <translation>Quitar la codificación «%1» (%2)</translation>
    </message>
    <message>
        <source>Apply Code</source>
        <translation>Aplicar código</translation>
    </message>
</context>
<context>
    <name>hilo::ui::JointDisplayDock</name>
    <message>
        <source>Joint Display</source>
        <translation>Visualización conjunta</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Joint display: %1</source>
        <translation>Visualización conjunta: %1</translation>
    </message>
    <message>
        <source>no project open</source>
        <translation>ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Where do the interviews and the survey converge or diverge?</source>
        <translation>¿En qué coinciden o difieren las entrevistas y la encuesta?</translation>
    </message>
    <message>
        <source>Hilo</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Export Joint Display</source>
        <translation>Exportar visualización conjunta</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;OpenDocument text (*.odt);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;HTML (*.html);;Texto OpenDocument (*.odt);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Joint Display…</source>
        <translation>Exportar visualización conjunta…</translation>
    </message>
</context>
<context>
    <name>hilo::ui::LongWork</name>
    <message>
        <source>Import &amp;Transcripts…</source>
        <translation>Importar &amp;transcripciones…</translation>
    </message>
    <message>
        <source>Re&amp;build Search Index</source>
        <translation>Re&amp;construir el índice de búsqueda</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>Importar transcripciones</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.docx *.odt *.rtf *.vtt *.srt);;All files (*)</source>
        <translation>Transcripciones (*.txt *.docx *.odt *.rtf *.vtt *.srt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>From the file names</source>
        <translation>Según los nombres de archivo</translation>
    </message>
    <message>
        <source>Participant group:</source>
        <translation>Grupo de participantes:</translation>
    </message>
    <message>
        <source>Read participants&apos; attributes (age, state, role…) from a spreadsheet?</source>
        <translation>¿Leer los atributos de los participantes (edad, estado, rol…) de una hoja de cálculo?</translation>
    </message>
    <message>
        <source>Participant attributes</source>
        <translation>Atributos de los participantes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n transcript(s)…</source>
        <translation>
            <numerusform>Leyendo %n transcripción…</numerusform>
            <numerusform>Leyendo %n transcripciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>Importar transcripciones</translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>Importación cancelada; el proyecto no cambió.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transcript(s)</source>
        <translation>
            <numerusform>Se importó %n transcripción</numerusform>
            <numerusform>Se importaron %n transcripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n already in the project</source>
        <translation>
            <numerusform>; se omitió %n que ya estaba en el proyecto</numerusform>
            <numerusform>; se omitieron %n que ya estaban en el proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Rebuilding cancelled; the search index is as it was.</source>
        <translation>Reconstrucción cancelada; el índice de búsqueda quedó como estaba.</translation>
    </message>
    <message>
        <source>Rebuild Search Index</source>
        <translation>Reconstruir el índice de búsqueda</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>Se reconstruyó el índice de búsqueda.</translation>
    </message>
</context>
<context>
    <name>hilo::ui::MainWindow</name>
    <message>
        <source>Hilo</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codificar</translation>
    </message>
    <message>
        <source>&amp;Quick Code…</source>
        <translation>Codificación &amp;rápida…</translation>
    </message>
    <message>
        <source>Change &amp;Coder…</source>
        <translation>Cambiar &amp;codificador…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>%1 — Hilo</source>
        <translation>%1 — Hilo</translation>
    </message>
    <message>
        <source>open a project before choosing a coder</source>
        <translation>abra un proyecto antes de elegir codificador</translation>
    </message>
    <message>
        <source>Who is coding?</source>
        <translation>¿Quién codifica?</translation>
    </message>
    <message>
        <source>Your name (every coding records who made it):</source>
        <translation>Su nombre (cada codificación registra quién la hizo):</translation>
    </message>
    <message>
        <source>Open a Hilo project folder</source>
        <translation>Abrir una carpeta de proyecto de Hilo</translation>
    </message>
    <message>
        <source>No coder chosen</source>
        <translation>Sin codificador elegido</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 fuente</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 fuentes</translation>
    </message>
    <message>
        <source>1 turn in this transcript</source>
        <translation>1 turno en esta transcripción</translation>
    </message>
    <message>
        <source>%1 turns in this transcript</source>
        <translation>%1 turnos en esta transcripción</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Turn</source>
        <translation>&amp;Turno siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Turn</source>
        <translation>Turno an&amp;terior</translation>
    </message>
    <message>
        <source>Next &amp;Coding of Code</source>
        <translation>&amp;Codificación siguiente del código</translation>
    </message>
    <message>
        <source>Previous C&amp;oding of Code</source>
        <translation>C&amp;odificación anterior del código</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>This is the last turn</source>
        <translation>Este es el último turno</translation>
    </message>
    <message>
        <source>This is the first turn</source>
        <translation>Este es el primer turno</translation>
    </message>
    <message>
        <source>Select a code in the codebook first</source>
        <translation>Primero seleccione un código en el libro de códigos</translation>
    </message>
    <message>
        <source>This transcript has no coding of that code</source>
        <translation>Esta transcripción no tiene codificaciones de ese código</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>New Hilo project folder</source>
        <translation>Nueva carpeta de proyecto de Hilo</translation>
    </message>
    <message>
        <source>Hilo projects (*.hilo)</source>
        <translation>Proyectos de Hilo (*.hilo)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>Another Hilo window or command is writing this project: editing is off</source>
        <translation>Otra ventana o comando de Hilo está escribiendo en este proyecto: la edición está desactivada</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Proyecto en uso</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read, search and export; editing stays off until you reopen it.</source>
        <translation>%1

¿Abrirlo en solo lectura? Podrá leer, buscar y exportar; la edición seguirá desactivada hasta que lo vuelva a abrir.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
</context>
<context>
    <name>hilo::ui::MatrixDock</name>
    <message>
        <source>Code Matrix</source>
        <translation>Matriz de códigos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>todos los niveles</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>two levels</source>
        <translation>dos niveles</translation>
    </message>
    <message>
        <source>only codings matching…</source>
        <translation>solo codificaciones que coincidan con…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>all coders</source>
        <translation>todos los codificadores</translation>
    </message>
    <message>
        <source>Code matrix: %1</source>
        <translation>Matriz de códigos: %1</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <source>Export Code Matrix</source>
        <translation>Exportar matriz de códigos</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md);;HTML (*.html);;OpenDocument text (*.odt)</source>
        <translation>CSV (*.csv);;Markdown (*.md);;HTML (*.html);;Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>fragmentos</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>percent of the column</source>
        <translation>porcentaje de la columna</translation>
    </message>
    <message>
        <source>words coded</source>
        <translation>palabras codificadas</translation>
    </message>
    <message>
        <source>Export Code Matrix…</source>
        <translation>Exportar matriz de códigos…</translation>
    </message>
</context>
<context>
    <name>hilo::ui::MatrixModel</name>
    <message>
        <source>Any code</source>
        <translation>Cualquier código</translation>
    </message>
    <message>
        <source>%1 excerpts · %2 participants · %3% of the column · %4 words</source>
        <translation>%1 fragmentos · %2 participantes · %3% de la columna · %4 palabras</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Total (n=%1)</source>
        <translation>Total (n=%1)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
</context>
<context>
    <name>hilo::ui::ProjectExchange</name>
    <message>
        <source>&amp;Import REFI-QDA Project…</source>
        <translation>&amp;Importar proyecto REFI-QDA…</translation>
    </message>
    <message>
        <source>&amp;Export REFI-QDA Project…</source>
        <translation>E&amp;xportar proyecto REFI-QDA…</translation>
    </message>
    <message>
        <source>&amp;Merge Coder&apos;s Copy…</source>
        <translation>&amp;Fusionar copia de un codificador…</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation>Importar un proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Export as a REFI-QDA project</source>
        <translation>Exportar como proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Merge a coder&apos;s copy of this project</source>
        <translation>Fusionar la copia de este proyecto de un codificador</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Wrote %1: %2 sources, %3 coders, %4 codings</source>
        <translation>Se escribió %1: %2 fuentes, %3 codificadores, %4 codificaciones</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Merge Coder&apos;s Copy</source>
        <translation>Fusionar copia de un codificador</translation>
    </message>
    <message>
        <source>%1 cancelled; the project is unchanged.</source>
        <translation>%1: se canceló; el proyecto no cambió.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>hilo::ui::ProjectSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>el codificador necesita un nombre</translation>
    </message>
    <message>
        <source>%1: this project is open read-only (another Hilo window or command is writing it); close it there and reopen it here to edit</source>
        <translation>%1: este proyecto está abierto en solo lectura (otra ventana o comando de Hilo está escribiendo en él); ciérrelo allí y vuelva a abrirlo aquí para editar</translation>
    </message>
    <message>
        <source>the project is open read-only: coder %1 cannot be added</source>
        <translation>el proyecto está abierto en solo lectura: no se puede agregar al codificador %1</translation>
    </message>
</context>
<context>
    <name>hilo::ui::QuickCodePopup</name>
    <message>
        <source>Type part of a code&apos;s name, then Enter</source>
        <translation>Escriba parte del nombre de un código y pulse Intro</translation>
    </message>
    <message>
        <source>No code matches &apos;%1&apos;</source>
        <translation>Ningún código coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>hilo::ui::QuoteBasketDock</name>
    <message>
        <source>Quote Basket</source>
        <translation>Canasta de citas</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Extend to sentences</source>
        <translation>Extender a oraciones completas</translation>
    </message>
    <message>
        <source>Shrink to sentences</source>
        <translation>Reducir a oraciones completas</translation>
    </message>
    <message>
        <source>Keep as selected</source>
        <translation>Dejar como se seleccionó</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Longer quotes keep their first and last sentences and elide the middle with [...]</source>
        <translation>Las citas más largas conservan su primera y última oración y omiten el centro con [...]</translation>
    </message>
    <message>
        <source>A note for the report (Return saves it)</source>
        <translation>Una nota para el informe (Intro la guarda)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Trim:</source>
        <translation>Recorte:</translation>
    </message>
    <message>
        <source>Add to Quote Basket</source>
        <translation>Agregar a la canasta de citas</translation>
    </message>
    <message>
        <source>Select the words to quote in the transcript first</source>
        <translation>Primero seleccione en la transcripción las palabras que va a citar</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Added to the quote basket</source>
        <translation>Se agregó a la canasta de citas</translation>
    </message>
    <message>
        <source>Add Quote from Coding</source>
        <translation>Agregar cita desde la codificación</translation>
    </message>
    <message>
        <source>Added the coding to the quote basket</source>
        <translation>Se agregó la codificación a la canasta de citas</translation>
    </message>
    <message>
        <source>Select words or a coding to quote</source>
        <translation>Seleccione palabras o una codificación para citar</translation>
    </message>
    <message>
        <source>Move Quote</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <source>Remove Quote</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Edit Quote Note</source>
        <translation>Editar nota de la cita</translation>
    </message>
    <message>
        <source>Trim Quote</source>
        <translation>Recortar cita</translation>
    </message>
    <message>
        <source>Copied 1 quote</source>
        <translation>Se copió 1 cita</translation>
    </message>
    <message>
        <source>Copied %1 quotes</source>
        <translation>Se copiaron %1 citas</translation>
    </message>
    <message>
        <source>Quote Coding &apos;%1&apos; (%2)</source>
        <translation>Citar la codificación «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4:%5</source>
        <translation>%1 · %2 · %3 · %4:%5</translation>
    </message>
    <message>
        <source>%1: 1 participant</source>
        <translation>%1: 1 participante</translation>
    </message>
    <message>
        <source>%1: %2 participants</source>
        <translation>%1: %2 participantes</translation>
    </message>
    <message>
        <source>Move Quote Up</source>
        <translation>Subir cita</translation>
    </message>
    <message>
        <source>Move Quote Down</source>
        <translation>Bajar cita</translation>
    </message>
    <message>
        <source>Copy All Quotes</source>
        <translation>Copiar todas las citas</translation>
    </message>
    <message>
        <source>Export Quotes…</source>
        <translation>Exportar citas…</translation>
    </message>
</context>
<context>
    <name>hilo::ui::QuoteBasketModel</name>
    <message>
        <source>%1 (%2), %3:%4</source>
        <translation>%1 (%2), %3:%4</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>hilo::ui::QuoteExportDialog</name>
    <message>
        <source>Include the notes under each quote</source>
        <translation>Incluir las notas debajo de cada cita</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>Texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>Spreadsheet with provenance (.csv)</source>
        <translation>Hoja de cálculo con procedencia (.csv)</translation>
    </message>
    <message>
        <source>Typographic “ ” ‘ ’</source>
        <translation>Tipográficas “ ” ‘ ’</translation>
    </message>
    <message>
        <source>Straight &quot; &apos;</source>
        <translation>Rectas &quot; &apos;</translation>
    </message>
    <message>
        <source>As transcribed</source>
        <translation>Como se transcribieron</translation>
    </message>
    <message>
        <source>Fields: TEXT, GROUP, PARTICIPANT, SPEAKER, SOURCE, CODES, NOTE and any attribute in capitals (AGE, STATE, ROLE). A part in braces is left out when a field in it is empty: “TEXT” (GROUP{, AGE years old}{, STATE})</source>
        <translation>Campos: TEXT, GROUP, PARTICIPANT, SPEAKER, SOURCE, CODES, NOTE y cualquier atributo en mayúsculas (AGE, STATE, ROLE). Una parte entre llaves se omite cuando un campo dentro de ella está vacío: “TEXT” (GROUP{, AGE años}{, STATE})</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>&amp;Atribución:</translation>
    </message>
    <message>
        <source>&amp;Quotation marks:</source>
        <translation>&amp;Comillas:</translation>
    </message>
    <message>
        <source>&amp;Keep Template for Project</source>
        <translation>&amp;Guardar plantilla para el proyecto</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>La canasta está vacía.</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Set Attribution Template</source>
        <translation>Definir plantilla de atribución</translation>
    </message>
</context>
<context>
    <name>hilo::ui::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Code All Hits…</source>
        <translation>Codificar todos los resultados…</translation>
    </message>
    <message>
        <source>Quote Hit</source>
        <translation>Citar resultado</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, a NEAR b, emb*, code:…, group:YP, coder:…, age:16..17</source>
        <translation>palabras, &quot;una frase&quot;, a NEAR b, emb*, code:…, group:YP, coder:…, age:16..17</translation>
    </message>
    <message numerus="yes">
        <source>%n hits (the best %1 listed)</source>
        <translation>
            <numerusform>%n resultado (se muestran los %1 mejores)</numerusform>
            <numerusform>%n resultados (se muestran los %1 mejores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Grupos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <source>Code All Hits</source>
        <translation>Codificar todos los resultados</translation>
    </message>
    <message>
        <source>Code every hit with:</source>
        <translation>Codificar cada resultado con:</translation>
    </message>
    <message>
        <source>Choose who is coding first (Code ▸ Change Coder…).</source>
        <translation>Primero elija quién codifica (Codificar ▸ Cambiar codificador…).</translation>
    </message>
    <message numerus="yes">
        <source>Code %n search hits</source>
        <translation>
            <numerusform>Codificar %n resultado de búsqueda</numerusform>
            <numerusform>Codificar %n resultados de búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the current hit to the quote basket</source>
        <translation>Agregar el resultado actual a la canasta de citas</translation>
    </message>
    <message>
        <source>“%1” finds no speaker turn to code.</source>
        <translation>“%1” no encuentra ningún turno de habla que codificar.</translation>
    </message>
    <message numerus="yes">
        <source>Code the %n speaker turn(s) that “%1” finds with %2, as %3?</source>
        <translation>
            <numerusform>¿Codificar con %2 el %n turno de habla que encuentra “%1”, como %3?</numerusform>
            <numerusform>¿Codificar con %2 los %n turnos de habla que encuentra “%1”, como %3?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hilo::ui::SearchResultsModel</name>
    <message>
        <source>%1 [%2–%3]</source>
        <translation>%1 [%2–%3]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · coded by %2</source>
        <translation>%1 · codificado por %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
</context>
<context>
    <name>hilo::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>hilo::ui::SourceTreeModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
</context>
</TS>
