<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>m37::ui::AppTranslator</name>
    <message>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
</context>
<context>
    <name>m37::ui::Autosaver</name>
    <message>
        <source>An untitled game</source>
        <translation>제목 없는 대국</translation>
    </message>
    <message>
        <source>Restore unsaved game?</source>
        <translation>저장하지 않은 대국을 복구할까요?</translation>
    </message>
    <message>
        <source>move37 did not exit cleanly last time. %1 had unsaved changes (autosaved %2).
Restore it?</source>
        <translation>move37이 지난번에 정상적으로 종료되지 않았습니다. %1에 저장하지 않은 변경 사항이 있었습니다(%2에 자동 저장됨).
복구할까요?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>m37::ui::CommentPanel</name>
    <message>
        <source>Game Info…</source>
        <translation>대국 정보…</translation>
    </message>
    <message>
        <source>Edit players, result, komi, date and rules</source>
        <translation>대국자, 결과, 덤, 날짜, 규칙 편집</translation>
    </message>
    <message>
        <source>Comment on this move</source>
        <translation>이 수에 대한 코멘트</translation>
    </message>
    <message>
        <source>%1 (B) vs %2 (W)</source>
        <translation>%1(흑) 대 %2(백)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · komi %1</source>
        <translation> · 덤 %1</translation>
    </message>
</context>
<context>
    <name>m37::ui::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n message(s):</source>
        <translation><numerusform>메시지 %n개:</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameInfoDialog</name>
    <message>
        <source>Game Information</source>
        <translation>대국 정보</translation>
    </message>
    <message>
        <source>&amp;Black (PB):</source>
        <translation>흑(&amp;B) (PB):</translation>
    </message>
    <message>
        <source>&amp;White (PW):</source>
        <translation>백(&amp;W) (PW):</translation>
    </message>
    <message>
        <source>&amp;Result (RE):</source>
        <translation>결과(&amp;R) (RE):</translation>
    </message>
    <message>
        <source>B+R, W+3.5, 0, Void, ?</source>
        <translation>B+R, W+3.5, 0, Void, ?</translation>
    </message>
    <message>
        <source>&amp;Komi (KM):</source>
        <translation>덤(&amp;K) (KM):</translation>
    </message>
    <message>
        <source>&amp;Date (DT):</source>
        <translation>날짜(&amp;D) (DT):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>R&amp;ules (RU):</source>
        <translation>규칙(&amp;U) (RU):</translation>
    </message>
    <message>
        <source>Chinese, Japanese, AGA, NZ, ...</source>
        <translation>Chinese, Japanese, AGA, NZ 등</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>m37::ui::GameTreeModel</name>
    <message>
        <source>Black</source>
        <translation>흑</translation>
    </message>
    <message>
        <source>White</source>
        <translation>백</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 cannot play %2: %3</source>
        <translation>%1은(는) %2에 둘 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 played %2</source>
        <translation>%1이(가) %2에 두었습니다</translation>
    </message>
    <message>
        <source>, capturing 1 stone</source>
        <translation>, 돌 1개를 따냄</translation>
    </message>
    <message>
        <source>, capturing %1 stones</source>
        <translation>, 돌 %1개를 따냄</translation>
    </message>
    <message>
        <source> (new variation)</source>
        <translation> (새 변화도)</translation>
    </message>
    <message>
        <source>%1 passed. Game over: %2 (no stones marked dead)</source>
        <translation>%1이(가) 패스했습니다. 대국 종료: %2 (사석 표시 없음)</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1이(가) 패스했습니다</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>무를 수가 없습니다</translation>
    </message>
    <message>
        <source>Move %1 taken back</source>
        <translation>%1수를 물렀습니다</translation>
    </message>
    <message>
        <source>New game: %1×%1, %2 rules, komi %3</source>
        <translation>새 대국: %1×%1, %2 규칙, 덤 %3</translation>
    </message>
    <message>
        <source>The root cannot be deleted</source>
        <translation>루트는 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Deleted 1 node</source>
        <translation>노드 1개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Deleted %1 nodes</source>
        <translation>노드 %1개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Already on the main line</source>
        <translation>이미 주 변화도입니다</translation>
    </message>
    <message>
        <source>The current line is now the main line</source>
        <translation>현재 변화도가 주 변화도가 되었습니다</translation>
    </message>
    <message>
        <source>Game information changed</source>
        <translation>대국 정보가 변경되었습니다</translation>
    </message>
</context>
<context>
    <name>m37::ui::MainWindow</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation>설정 파일 %1을(를) 읽을 수 없어 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>The settings file could not be read and was moved to %1; default settings are used.</source>
        <translation>설정 파일을 읽을 수 없어 %1(으)로 옮겼습니다. 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>Click on the board to play, or open an SGF file to review it.</source>
        <translation>바둑판을 클릭해 두거나 SGF 파일을 열어 복기하세요.</translation>
    </message>
    <message>
        <source>Game Tree</source>
        <translation>기보 트리</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>코멘트</translation>
    </message>
    <message>
        <source>&amp;New Game…</source>
        <translation>새 대국(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new game: board size, rules, komi</source>
        <translation>새 대국 시작: 판 크기, 규칙, 덤</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>패스(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>한 수 무르기(&amp;U)</translation>
    </message>
    <message>
        <source>Game &amp;Info…</source>
        <translation>대국 정보(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete Variation</source>
        <translation>변화도 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current move and everything after it</source>
        <translation>현재 수와 그 이후의 모든 수 삭제</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Make &amp;Main Line</source>
        <translation>주 변화도로 만들기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Variation</source>
        <translation>이전 변화도(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Variation</source>
        <translation>다음 변화도(&amp;N)</translation>
    </message>
    <message>
        <source>Back 10 Moves</source>
        <translation>10수 뒤로</translation>
    </message>
    <message>
        <source>Forward 10 Moves</source>
        <translation>10수 앞으로</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>처음으로(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>마지막으로(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;Numbers</source>
        <translation>수순 번호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>좌표(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>대국</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Stones captured by Black (B) and by White (W)</source>
        <translation>흑(B)과 백(W)이 따낸 돌</translation>
    </message>
    <message>
        <source>Game over</source>
        <translation>대국 종료</translation>
    </message>
    <message>
        <source>%1 to move</source>
        <translation>%1 차례</translation>
    </message>
    <message>
        <source>Captures  B %1 · W %2</source>
        <translation>따낸 돌  흑 %1 · 백 %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1수</translation>
    </message>
    <message>
        <source> · variation %1/%2</source>
        <translation> · 변화도 %1/%2</translation>
    </message>
    <message>
        <source>%1×%1 · %2 · komi %3</source>
        <translation>%1×%1 · %2 · 덤 %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 대 %2</translation>
    </message>
    <message>
        <source>Preferences saved; a new language applies at the next start.</source>
        <translation>환경 설정을 저장했습니다. 새 언어는 다음 시작 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>m37::ui::NewGameDialog</name>
    <message>
        <source>Chinese</source>
        <translation>중국 규칙</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본 규칙</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국 규칙</translation>
    </message>
    <message>
        <source>AGA</source>
        <translation>AGA(미국 바둑 협회)</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>뉴질랜드 규칙</translation>
    </message>
    <message>
        <source>Tromp-Taylor</source>
        <translation>트롬프-테일러 규칙</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>새 대국</translation>
    </message>
    <message>
        <source>Board &amp;size:</source>
        <translation>판 크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>규칙(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Komi:</source>
        <translation>덤(&amp;K):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>m37::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time move37 starts.</source>
        <translation>새 언어는 move37을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>m37::ui::SgfFileController</name>
    <message>
        <source>SGF files (*.sgf *.SGF);;All files (*)</source>
        <translation>SGF 파일 (*.sgf *.SGF);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Open SGF</source>
        <translation>SGF 열기</translation>
    </message>
    <message>
        <source>Save SGF</source>
        <translation>SGF 저장</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation><numerusform>%1을(를) 열었습니다(경고 %n개)</numerusform></translation>
    </message>
    <message>
        <source>Warnings reading %1</source>
        <translation>%1 읽기 경고</translation>
    </message>
    <message>
        <source>Restored the unsaved game of the last session</source>
        <translation>지난 세션에서 저장하지 않은 대국을 복구했습니다</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1: no game found</source>
        <translation>%1: 대국을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds %2 games; the first one is shown (all are saved)</source>
        <translation>%1: 이 파일에는 대국이 %2개 있습니다. 첫 대국을 표시합니다(저장 시 모두 저장)</translation>
    </message>
    <message>
        <source>game</source>
        <translation>대국</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>쓰기가 완료되지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
Nothing was changed on disk.</source>
        <translation>%1에 쓸 수 없습니다: %2
디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>저장 실패: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
</context>
</TS>
