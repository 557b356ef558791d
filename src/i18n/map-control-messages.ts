/**
 * The words of MapLibre's own controls (tooltips and aria-labels of zoom, compass, fullscreen, credits,
 * the scale's units) and the map's credits, in both languages. MapLibre ships English only; its `locale`
 * option takes this table (keys are MapLibre's UI string ids, `src/ui/default_locale.ts` of maplibre-gl 6).
 * The credits are HTML because MapLibre's attribution control shows HTML (links to the sources' licences).
 */
export const MAP_CONTROL_MESSAGES = {
  zh: {
    'AttributionControl.ToggleAttribution': '显示或收起数据来源',
    'AttributionControl.MapFeedback': '地图反馈',
    'FullscreenControl.Enter': '全屏显示',
    'FullscreenControl.Exit': '退出全屏',
    'GeolocateControl.FindMyLocation': '定位到我的位置',
    'GeolocateControl.LocationNotAvailable': '无法获取位置',
    'LogoControl.Title': 'MapLibre 标志',
    'Map.Title': '地图',
    'Marker.Title': '地图标记',
    'NavigationControl.ResetBearing': '拖动可旋转地图，点击恢复正北',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'Popup.Close': '关闭弹窗',
    'ScaleControl.Feet': '英尺',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'ScaleControl.Miles': '英里',
    'ScaleControl.NauticalMiles': '海里',
    'GlobeControl.Enable': '显示为地球',
    'GlobeControl.Disable': '显示为平面',
    'TerrainControl.Enable': '显示地形',
    'TerrainControl.Disable': '隐藏地形',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动鼠标滚轮缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动鼠标滚轮缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'GeolocateControl.FindMyLocation': 'Find my location',
    'GeolocateControl.LocationNotAvailable': 'Location not available',
    'LogoControl.Title': 'MapLibre logo',
    'Map.Title': 'Map',
    'Marker.Title': 'Map marker',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close popup',
    'ScaleControl.Feet': 'ft',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Miles': 'mi',
    'ScaleControl.NauticalMiles': 'nm',
    'GlobeControl.Enable': 'Enable globe',
    'GlobeControl.Disable': 'Disable globe',
    'TerrainControl.Enable': 'Enable terrain',
    'TerrainControl.Disable': 'Disable terrain',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
} as const

/** The offline basemap's sources and licences (geodata/basemap/sources.json), as the credits line shows them. */
export const MAP_CREDIT_MESSAGES = {
  zh: {
    chongqin: '区界、街镇、河道：<a href="https://github.com/tianyaxwq/chongqin">tianyaxwq/chongqin</a>（Apache-2.0 许可）',
    osm: '海域：© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> 贡献者（ODbL 1.0 许可）',
    datav: '相邻各区：DataV.GeoAtlas（许可未明，占位数据）',
    maplibre: '地图引擎 <a href="https://maplibre.org/">MapLibre</a>',
  },
  en: {
    chongqin: 'Outline, towns, rivers: <a href="https://github.com/tianyaxwq/chongqin">tianyaxwq/chongqin</a> (Apache-2.0)',
    osm: 'Sea: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL 1.0)',
    datav: 'Neighbouring districts: DataV.GeoAtlas (licence unknown, placeholder)',
    maplibre: '<a href="https://maplibre.org/">MapLibre</a>',
  },
} as const
